// Standpoint, embedded: types for standpoint-embed.js.

/** A layer of highlights, as `layers` lists them ("parties" also names mentions). */
export type Layer = 'quotes' | 'numbers' | 'mentions' | 'positions';

export interface WidgetOptions {
  /** The article, as plain text: one paragraph a line. */
  text?: string;
  /** The layers to show: a list, or one string ("quotes numbers"). All when absent. */
  layers?: Layer[] | string;
  /** Whether the side panel ("where each side stands") shows. Default: false. */
  panel?: boolean;
  /** The colours: the reader's system setting by default. */
  theme?: 'light' | 'dark' | 'auto';
}

export interface WidgetHandle {
  /** Changes any of the options; only what changed is redone. */
  update(options: WidgetOptions): void;
  /** Removes the widget and everything it rendered. */
  destroy(): void;
}

/** Renders a widget into `element`'s shadow root (a div, section, article…). */
export function mount(element: Element, options?: WidgetOptions): WidgetHandle;

/** Offsets are in Unicode code points, end exclusive. */
export interface Report {
  parties: { name: string; mentions: number }[];
  quotes: {
    start: number; end: number; text: string;
    speaker: string | null; party: string | null;
    /** A few words quoted inside the narrative, not a statement. */
    partial: boolean;
  }[];
  numbers: {
    start: number; end: number; text: string;
    value: number | null; unit: string | null;
    kind: 'count' | 'percent' | 'money' | 'duration' | 'measure' | 'approximate' | 'ordinal' | 'date' | 'year' | 'time';
  }[];
  mentions: { start: number; end: number; text: string; party: string }[];
  positions: {
    start: number; end: number; text: string; party: string;
    stance: 'support' | 'oppose' | 'reject' | 'demand' | 'propose' | 'threaten' | 'agree' | 'intend' | 'warn' | 'act';
  }[];
}

/** Everything found in `text`. Throws for text over 2 MB. */
export function analyze(text: string): Report;

declare global {
  interface HTMLElementTagNameMap {
    'standpoint-reader': HTMLElement;
  }
}
