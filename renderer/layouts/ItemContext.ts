import { createContext } from 'react';

/**
 * The data path of the list item a layout sits in (`personenwechsel.personen.1`), so that
 * `./` paths of a `showWhen` inside a list item point into that item.
 */
export const ItemContext = createContext<string | undefined>(undefined);
