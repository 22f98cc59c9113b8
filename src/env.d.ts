declare namespace App {
  interface Locals {
    /** Set by a document page before its content renders, so each block can offer its own citation. */
    citation?: { base: string; url: string };
    /** The heading level of question and answer labels: h3 under a section, h2 when the paper opens without one. */
    blockHeading?: 'h2' | 'h3';
  }
}
