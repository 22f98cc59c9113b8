declare namespace App {
  interface Locals {
    /** Set by a document page before its content renders, so each block can offer its own citation. */
    citation?: { base: string; url: string };
  }
}
