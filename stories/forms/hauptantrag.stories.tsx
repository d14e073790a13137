import type { Meta, StoryObj } from '@storybook/react-vite';
import de from '../../forms/hauptantrag/i18n/de.json';
import en from '../../forms/hauptantrag/i18n/en.json';
import achtPersonen from '../../forms/hauptantrag/scenarios/15-acht-personen-alle-anlagen.json';
import shared from '../../forms/shared/i18n/de.json';
import wep from '../../forms/anlagen/wep/i18n/de.json';
import ve from '../../forms/anlagen/ve/i18n/de.json';
import ki from '../../forms/anlagen/ki/i18n/de.json';
import hg from '../../forms/anlagen/hg/i18n/de.json';
import ek from '../../forms/anlagen/ek/i18n/de.json';
import vm from '../../forms/anlagen/vm/i18n/de.json';
import kdu from '../../forms/anlagen/kdu/i18n/de.json';
import eks from '../../forms/anlagen/eks/i18n/de.json';
import sv from '../../forms/anlagen/sv/i18n/de.json';
import eb from '../../forms/anlagen/eb/i18n/de.json';
import meb from '../../forms/anlagen/meb/i18n/de.json';
import bb from '../../forms/anlagen/bb/i18n/de.json';
import uf from '../../forms/anlagen/uf/i18n/de.json';
import uh1 from '../../forms/anlagen/uh1/i18n/de.json';
import uh2 from '../../forms/anlagen/uh2/i18n/de.json';
import uh3 from '../../forms/anlagen/uh3/i18n/de.json';
import uh4 from '../../forms/anlagen/uh4/i18n/de.json';
import { type FormStep, anlageStepStory, formStoriesMeta, startStory, stepStory } from '../support/formStories';

/**
 * The Hauptantrag started at one step, with the answers of the eight-person household that
 * brings in every Anlage: the household list, the who-questions, the Anlagen plan per person,
 * the first step of each Anlage for its person (so each Anlage can be previewed where it is
 * used, with its person's name), the Nachweis checklist and the summary.
 */
const meta = { title: 'Forms/Hauptantrag', ...formStoriesMeta('hauptantrag', achtPersonen) } satisfies Meta<typeof FormStep>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The first step before anything was answered. */
export const Start: Story = startStory(de);

export const Person: Story = stepStory(de, 'person');
export const Haushalt: Story = stepStory(de, 'haushalt');
export const HaushaltEnglish: Story = stepStory(en, 'haushalt', 'en');
export const Gesundheit: Story = stepStory(de, 'gesundheit');
export const Arbeit: Story = stepStory(de, 'arbeit');
export const Wohnen: Story = stepStory(de, 'wohnen');
export const Anlagen: Story = stepStory(de, 'anlagen');
export const WepPerson: Story = anlageStepStory('WEP:p1:person', shared['anlage.WEP'], 'Elif Demir', wep['steps.person.title']);
export const VeZusammenleben: Story = anlageStepStory('VE:p1:zusammenleben', shared['anlage.VE'], 'Elif Demir', ve['steps.zusammenleben.title']);
export const KiBeziehung: Story = anlageStepStory('KI:p4:beziehung', shared['anlage.KI'], 'Can Yılmaz', ki['steps.beziehung.title']);
export const HgBeziehung: Story = anlageStepStory('HG:p6:beziehung', shared['anlage.HG'], 'Fatma Yılmaz', hg['steps.beziehung.title']);
export const EkArbeit: Story = anlageStepStory('EK:p0:arbeit', shared['anlage.EK'], 'Mehmet Yılmaz', ek['steps.arbeit.title']);
export const VmGrenze: Story = anlageStepStory('VM:bg:grenze', shared['anlage.VM'], undefined, vm['steps.grenze.title']);
export const KduWohnform: Story = anlageStepStory('KDU:bg:wohnform', shared['anlage.KDU'], undefined, kdu['steps.wohnform.title']);
export const EksBetrieb: Story = anlageStepStory('EKS:p1:betrieb', shared['anlage.EKS'], 'Elif Demir', eks['steps.betrieb.title']);
export const SvStatus: Story = anlageStepStory('SV:p0:status', shared['anlage.SV'], 'Mehmet Yılmaz', sv['steps.status.title']);
export const EbAusfuellen: Story = anlageStepStory('EB:p2:ausfuellen', shared['anlage.EB'], 'Deniz Yılmaz', eb['steps.ausfuellen.title']);
export const MebAnspruch: Story = anlageStepStory('MEB:p3:anspruch', shared['anlage.MEB'], 'Selin Demir', meb['steps.anspruch.title']);
export const BbBedarf: Story = anlageStepStory('BB:p0:bedarf', shared['anlage.BB'], 'Mehmet Yılmaz', bb['steps.bedarf.title']);
export const UfEreignis: Story = anlageStepStory('UF:p4:ereignis', shared['anlage.UF'], 'Can Yılmaz', uf['steps.ereignis.title']);
export const Uh1Trennung: Story = anlageStepStory('UH1:p0:trennung', shared['anlage.UH1'], 'Mehmet Yılmaz', uh1['steps.trennung.title']);
export const Uh2Kind: Story = anlageStepStory('UH2:p1:kind', shared['anlage.UH2'], 'Elif Demir', uh2['steps.kind.title']);
export const Uh3Elternteil: Story = anlageStepStory('UH3:p2:elternteil', shared['anlage.UH3'], 'Deniz Yılmaz', uh3['steps.elternteil.title']);
export const Uh4Verwandte: Story = anlageStepStory('UH4:p2:verwandte', shared['anlage.UH4'], 'Deniz Yılmaz', uh4['steps.verwandte.title']);
export const Erklaerung: Story = stepStory(de, 'erklaerung');
export const Nachweise: Story = stepStory(de, 'nachweise');
export const Zusammenfassung: Story = stepStory(de, 'zusammenfassung');
