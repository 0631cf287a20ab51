/** A word or phrase in the second language, beneath or beside the Danish, marked for screen readers. */
export function SecondLine({ text, className = 'second-language' }: { text: string | undefined; className?: string }) {
  if (!text) return null;
  return (
    <span className={className} lang="en">
      {text}
    </span>
  );
}
