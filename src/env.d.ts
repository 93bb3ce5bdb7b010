/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by the question page for the components of its MDX body (which receive no such props). */
    question?: import('./lib/handbook').QuestionData;
  }
}
