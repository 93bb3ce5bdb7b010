// Every problem the converter reports names the file and line, so an editor can jump straight to it.
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'ContentError';
  }
}

/** Several problems found in one pass; reported together so an editor fixes them in one go. */
export class ContentErrors extends Error {
  constructor(readonly errors: ContentError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'ContentErrors';
  }
}

export function isContentProblem(error: unknown): error is ContentError | ContentErrors {
  return error instanceof ContentError || error instanceof ContentErrors;
}

/** Runs each check, collecting ContentErrors instead of stopping at the first. */
export function collectErrors(checks: Array<() => void>): ContentError[] {
  const found: ContentError[] = [];
  for (const check of checks) {
    try {
      check();
    } catch (error) {
      if (error instanceof ContentError) found.push(error);
      else if (error instanceof ContentErrors) found.push(...error.errors);
      else throw error;
    }
  }
  return found;
}
