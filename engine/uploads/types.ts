import type { Attachment } from '../submission/types';

/** The media types the engine can recognise by their magic bytes. */
export type MediaType = Attachment['mediaType'];

/** A file as the host hands it to the session: name and type as the browser reported them. */
export interface UploadFile {
  name: string;
  /** the media type the browser (or host) declared; may be empty */
  type: string;
  bytes: Uint8Array;
}

/** Why a file was refused. The text is `ui.upload.error.<code>` with `params` filled into its `{{…}}` slots. */
export type UploadErrorCode = 'type' | 'mismatch' | 'too-big' | 'total-too-big' | 'empty' | 'corrupt' | 'encrypted';

export interface UploadError {
  code: UploadErrorCode;
  /** values for the text's `{{…}}` slots; always has `name` (the file name) */
  params: Record<string, string | number>;
}

/** Width and height in pixels, read from the image header. */
export interface ImageDimensions {
  width: number;
  height: number;
}

export type UploadCheck =
  | { ok: true; mediaType: MediaType; size: number; dimensions?: ImageDimensions }
  | ({ ok: false } & UploadError);
