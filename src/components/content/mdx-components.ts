/** The components MDX authors may use without importing them. */
import Cite from './Cite.astro';
import Term from './Term.astro';
import WhenToSeeADoctor from './WhenToSeeADoctor.astro';
import QuizRedFlags from './QuizRedFlags.astro';
import Callout from '../ui/Callout.astro';

export const mdxComponents = { Cite, Term, WhenToSeeADoctor, QuizRedFlags, Callout };
