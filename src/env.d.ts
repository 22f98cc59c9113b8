declare namespace App {
  interface Locals {
    /** Set by a document page before its content renders: what the components in its text read. */
    document?: import('./site/document-context.ts').DocumentContext;
  }
}
