import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';

export type Announce = (text: string, options?: { assertive?: boolean }) => void;

const AnnouncerContext = createContext<Announce>(() => undefined);

/** Tells screen readers what just changed: `announce("Kaldt A12, Pas.")`. Outside a provider it says nothing. */
export const useAnnounce = () => useContext(AnnouncerContext);

type Message = { id: number; text: string };

/** Messages kept in a region: enough that quick successive ones are all read, few enough to stay small. */
const kept = 5;

/** The last `kept` messages with `text` added: each its own element, so the same words twice are read twice. */
export function withMessage(messages: readonly Message[], message: Message): Message[] {
  return [...messages, message].slice(-kept);
}

/**
 * The app's two live regions: polite for what happened, assertive for what went wrong. Each
 * message is added as an element of its own, so two said in quick succession are both read
 * (replacing the text would drop the first). The app's stylesheet must hide `.visually-hidden`.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [polite, setPolite] = useState<Message[]>([]);
  const [assertive, setAssertive] = useState<Message[]>([]);
  const sequence = useRef(0);

  const announce = useCallback<Announce>((text, options = {}) => {
    const message = { id: ++sequence.current, text };
    (options.assertive ? setAssertive : setPolite)((messages) => withMessage(messages, message));
  }, []);

  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite" aria-relevant="additions" data-testid="announcer-polite">
        {polite.map((message) => (
          <p key={message.id}>{message.text}</p>
        ))}
      </div>
      <div className="visually-hidden" role="alert" aria-live="assertive" aria-relevant="additions" data-testid="announcer-assertive">
        {assertive.map((message) => (
          <p key={message.id}>{message.text}</p>
        ))}
      </div>
    </AnnouncerContext.Provider>
  );
}
