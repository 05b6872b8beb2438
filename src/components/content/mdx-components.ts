/** The components MDX authors may use without importing them. */
import Cite from './Cite.astro';
import Term from './Term.astro';
import WhenToSeeADoctor from './WhenToSeeADoctor.astro';
import QuizRedFlags from './QuizRedFlags.astro';
import Callout from '../ui/Callout.astro';
import PhoneLink from '../ui/PhoneLink.astro';

/** `<Phone number="911" />` writes a phone number as a tap-to-call link. */
export const mdxComponents = { Cite, Term, WhenToSeeADoctor, QuizRedFlags, Callout, Phone: PhoneLink };
