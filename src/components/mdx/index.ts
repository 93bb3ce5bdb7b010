// The components an MDX question body uses (it imports nothing; pages pass these to <Content />).
import Answer from './Answer.astro';
import Answers from './Answers.astro';
import Correction from './Correction.astro';
import Corrections from './Corrections.astro';
import Disagreement from './Disagreement.astro';
import Disagreements from './Disagreements.astro';
import Flag from './Flag.astro';
import KeyPoint from './KeyPoint.astro';
import KeyPoints from './KeyPoints.astro';
import NotReviewed from './NotReviewed.astro';
import Reference from './Reference.astro';
import References from './References.astro';

export const questionComponents = {
  KeyPoints,
  KeyPoint,
  NotReviewed,
  Disagreements,
  Disagreement,
  Answers,
  Answer,
  Flag,
  Corrections,
  Correction,
  References,
  Reference,
};
