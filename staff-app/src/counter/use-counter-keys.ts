import { useEffect, useRef } from 'react';
import { actionForKey, type CounterAction } from './shortcuts.js';

const textFieldSelector = 'input, textarea, select, [contenteditable="true"]';

/**
 * The counter's keys, on the whole page while no dialog is open (a dialog has its own).
 * `trigger` is read when a key is pressed, so it always acts on the present state.
 */
export function useCounterKeys(dialogOpen: boolean, trigger: (action: CounterAction) => void) {
  const triggerRef = useRef(trigger);
  triggerRef.current = trigger;

  useEffect(() => {
    if (dialogOpen) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      const action = actionForKey(event, { inTextField: Boolean(target?.closest(textFieldSelector)) });
      if (!action) return;
      event.preventDefault();
      triggerRef.current(action);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [dialogOpen]);
}
