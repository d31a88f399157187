import { useEffect, useRef, useState } from 'preact/hooks';
import { FilledText } from './FilledText';
import type { Suggestion } from './suggestions';

export interface SuggestionListProps {
  suggestions: readonly Suggestion[];
  query: string;
  onQuery: (query: string) => void;
  onChoose: (suggestion: Suggestion) => void;
  /** Changes when the search box should take focus (the keyboard shortcut). */
  focusRequest: number;
}

/**
 * The search box drives the list like a combobox: ↑/↓ move through the suggestions, Enter
 * inserts the active one, and the list keeps focus on the box so typing carries on.
 */
export function SuggestionList({ suggestions, query, onQuery, onChoose, focusRequest }: SuggestionListProps) {
  const [active, setActive] = useState(0);
  const search = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => setActive(0), [query]);
  useEffect(() => {
    if (focusRequest > 0) search.current?.focus();
  }, [focusRequest]);
  const current = Math.min(active, Math.max(0, suggestions.length - 1));
  useEffect(() => {
    list.current?.querySelector(`[data-index="${current}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (suggestions.length === 0) return;
    const move = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (move !== undefined) {
      event.preventDefault();
      setActive((current + move + suggestions.length) % suggestions.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = suggestions[current];
      if (chosen) onChoose(chosen);
    }
  };

  return (
    <div class="ra-suggestions">
      <input
        ref={search}
        class="ra-search"
        type="search"
        role="combobox"
        aria-label="Search replies"
        aria-controls="ra-suggestion-list"
        aria-expanded="true"
        aria-autocomplete="list"
        aria-activedescendant={suggestions.length > 0 ? `ra-suggestion-${current}` : undefined}
        placeholder="Search replies"
        autocomplete="off"
        spellcheck={false}
        value={query}
        onInput={(event) => onQuery(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      {suggestions.length === 0 ? (
        <p class="ra-empty">{query.trim() === '' ? 'The library is empty.' : `No reply matches "${query.trim()}".`}</p>
      ) : (
        <ul ref={list} id="ra-suggestion-list" class="ra-list" role="listbox" aria-label="Suggested replies">
          {suggestions.map((suggestion, index) => (
            <li
              key={suggestion.id}
              id={`ra-suggestion-${index}`}
              data-index={index}
              class="ra-option"
              role="option"
              aria-selected={index === current}
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => index !== current && setActive(index)}
              onClick={() => onChoose(suggestion)}
            >
              <span class="ra-option__title">{suggestion.title}</span>
              {suggestion.reasons.length > 0 && <span class="ra-option__why">{suggestion.reasons.join(' · ')}</span>}
              <span class="ra-option__text">
                <FilledText filled={suggestion.filled} />
              </span>
              {suggestion.problems.map((problem) => (
                <span class="ra-option__problem" key={problem.start}>
                  {problem.message} It goes in as written.
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
