// How copy-link.ts (on every question page) hands a click to the copy modules it loads by URL: bundled on
// their own, they export nothing and answer this event instead, by setting `text`.
export const COPY_EVENT = 'handbook:copy';

export interface CopyRequest {
  button: HTMLElement;
  /** The clipboard write, started inside the click. */
  written: Promise<void>;
  /** Set by the first module that knows what this button copies. */
  text?: Promise<string>;
}
