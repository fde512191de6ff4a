/**
 * Hygiene for text that people type or send: {@link app.marquee.text.Text#normalize} gives every stored
 * name and title one form, and {@link app.marquee.text.PlainText} refuses characters that have no place
 * in a one-line value (control characters, text-direction overrides, broken surrogate pairs).
 */
package app.marquee.text;
