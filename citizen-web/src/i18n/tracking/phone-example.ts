/** The phone number the SMS hints give as an example (a Swedish mobile): digits stay apart, never wrapped. */
export const phoneExample = '+46\u00a070\u00a0123\u00a045\u00a067';

/**
 * Text that reads left to right (a phone number, the counter's Danish sign) set inside a
 * right-to-left sentence: isolated, so the sentence's punctuation does not jump around it.
 */
export const isolated = (text: string) => `\u2068${text}\u2069`;
