/** Shown instead of the kiosk when its settings are wrong: whoever set it up must see why at once. */
export function MisconfiguredScreen({ problems }: { problems: string[] }) {
  return (
    <main className="misconfigured">
      <h1>
        Kiosken er ikke sat korrekt op <span lang="en">· This kiosk is not set up correctly</span>
      </h1>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </main>
  );
}
