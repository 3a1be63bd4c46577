import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { ActorId, Quote, QuoteId } from '../../corpus/schema.ts';
import type { CorpusIndex } from '../../corpus/corpus-index.ts';
import type { CorpusSource } from '../../loader/loaded-corpus.ts';
import type { ActorHit } from '../../corpus/search-index.ts';
import { kindCssColor } from '../../theme/palette.ts';
import { formatCount, formatDate, formatNumber } from '../../components/format.ts';
import { snippetAround } from './snippet-around.ts';
import { useSearch } from './use-search-index.ts';
import './search-box.css';

interface SearchBoxProps {
  /** Answers the searches (off the main thread when the corpus was loaded in a worker). */
  source: CorpusSource;
  index: CorpusIndex;
  /** The search text held in the URL. */
  value: string;
  /** Called on every keystroke (the app replaces the history entry). */
  onValueChange: (value: string) => void;
  onSelectActor: (id: ActorId) => void;
  onOpenQuote: (id: QuoteId) => void;
}

type Option =
  { type: 'actor'; id: string; hit: ActorHit } | { type: 'quote'; id: string; quote: Quote };

/** Quiet time after the last keystroke before ?q= is written. */
const URL_WRITE_DELAY_MS = 300;
/**
 * Combobox over actors and quotes (WAI-ARIA combobox with listbox popup): ArrowDown/ArrowUp
 * move through the options, Enter opens the active one, Escape closes the list (and clears
 * the text when it is already closed).
 */
export function SearchBox(props: SearchBoxProps) {
  const { source, index, value, onValueChange, onSelectActor, onOpenQuote } = props;
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  // Later URL values reach the input through the effect below; a changing defaultValue would
  // make React rewrite the input's attributes on every render.
  const [initialValue] = useState(value);
  const [active, setActive] = useState(-1);
  // The input is uncontrolled: a keystroke renders nothing by itself. The query goes to the
  // search (off this thread) and the text it was for renders together with its results, so
  // each keystroke costs one React render and one paint.
  const { answer, waiting, ask } = useSearch(source, index);
  const results = answer?.results ?? null;
  const query = answer?.query ?? '';

  // The URL follows the text after a pause in typing (history replaced): writing it on every
  // keystroke would re-render the whole explorer and pay for history.replaceState each time.
  const onValueChangeRef = useRef(onValueChange);
  useLayoutEffect(() => {
    onValueChangeRef.current = onValueChange;
  });
  const urlTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pendingUrl = useRef<string | null>(null);
  const flushUrl = useCallback(() => {
    clearTimeout(urlTimer.current);
    const next = pendingUrl.current;
    pendingUrl.current = null;
    if (next !== null) onValueChangeRef.current(next);
  }, []);
  const writeUrlSoon = (next: string) => {
    pendingUrl.current = next;
    clearTimeout(urlTimer.current);
    urlTimer.current = setTimeout(flushUrl, URL_WRITE_DELAY_MS);
  };
  useEffect(() => flushUrl, [flushUrl]);

  // Follow the URL when it changes under us (Back/Forward, a restored link), but never while
  // the user is typing: URL updates lag keystrokes and would eat characters.
  const asked = useRef(false);
  useEffect(() => {
    const input = inputRef.current;
    if (!input || document.activeElement === input || pendingUrl.current !== null) return;
    if (input.value !== value) input.value = value;
    else if (asked.current) return;
    asked.current = true;
    ask(value);
  }, [value, ask]);

  const options: Option[] = useMemo(
    () =>
      results
        ? [
            ...results.actors.map((hit) => ({
              type: 'actor' as const,
              id: `a:${hit.actor.id}`,
              hit,
            })),
            ...results.quotes.map((quote) => ({
              type: 'quote' as const,
              id: `q:${quote.id}`,
              quote,
            })),
          ]
        : [],
    [results],
  );
  const showList = open && (answer !== null || waiting !== null);
  const activeOption = showList ? options[active] : undefined;
  const optionId = (i: number) => `${id}-option-${i}`;

  const choose = (option: Option | undefined) => {
    if (!option) return;
    setOpen(false);
    setActive(-1);
    flushUrl();
    if (option.type === 'actor') onSelectActor(option.hit.actor.id);
    else onOpenQuote(option.quote.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        if (options.length > 0) setActive((a) => (a + 1) % options.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        if (options.length > 0) setActive((a) => (a <= 0 ? options.length - 1 : a - 1));
        break;
      case 'Enter':
        if (showList && options.length > 0) {
          event.preventDefault();
          choose(options[active >= 0 ? active : 0]);
        }
        break;
      case 'Escape':
        if (showList) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (event.currentTarget.value !== '') {
          event.preventDefault();
          event.currentTarget.value = '';
          ask('');
          pendingUrl.current = '';
          flushUrl();
        }
        break;
    }
  };

  const actorOptions = options.filter((o) => o.type === 'actor');
  const quoteOptions = options.filter((o) => o.type === 'quote');
  const status = !showList
    ? ''
    : !results
      ? `Searching ${formatNumber(index.corpus.quotes.length)} quotes…`
      : options.length === 0
        ? `No actors or quotes match “${query.trim()}”.`
        : `${formatCount(actorOptions.length, 'actor')}, ${
            results.quotesComplete
              ? formatCount(quoteOptions.length, 'quote')
              : `${formatNumber(quoteOptions.length)}+ quotes`
          }`;

  return (
    <div className="search" role="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        Search actors and quotes
      </label>
      <span className="search__icon" aria-hidden="true">
        <svg viewBox="0 0 20 20" width="16" height="16">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </span>
      <input
        ref={inputRef}
        id={`${id}-input`}
        className="search__input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder="Search actors and quotes…"
        aria-expanded={showList}
        aria-controls={`${id}-listbox`}
        aria-autocomplete="list"
        aria-activedescendant={activeOption ? optionId(active) : undefined}
        defaultValue={initialValue}
        onFocus={() => {
          source.prepareSearch();
          setOpen(true);
        }}
        onBlur={() => {
          setOpen(false);
          flushUrl();
        }}
        onChange={(e) => {
          const next = e.target.value;
          // Both bail out without a render when unchanged (the usual case while typing).
          setOpen(true);
          setActive(-1);
          ask(next);
          writeUrlSoon(next);
        }}
        onKeyDown={onKeyDown}
      />
      <div
        id={`${id}-listbox`}
        role="listbox"
        aria-label="Search results"
        className="search__popup"
        hidden={!showList || options.length === 0}
      >
        {actorOptions.length > 0 && (
          <div role="group" aria-labelledby={`${id}-actors`}>
            <div id={`${id}-actors`} role="presentation" className="search__group-label">
              Actors
            </div>
            {actorOptions.map((o) => {
              const i = options.indexOf(o);
              const actor = o.hit.actor;
              return (
                <SearchOption
                  key={o.id}
                  id={optionId(i)}
                  selected={i === active}
                  className="search__option"
                  onHover={() => setActive(i)}
                  onChoose={() => choose(o)}
                >
                  <span
                    className="search__dot"
                    style={{ background: kindCssColor(actor.kind) }}
                    aria-hidden="true"
                  />
                  <span className="search__name">{actor.name}</span>
                  {o.hit.alias && <span className="search__alias">“{o.hit.alias}”</span>}
                  <span className="search__kind">{actor.kind}</span>
                </SearchOption>
              );
            })}
          </div>
        )}
        {quoteOptions.length > 0 && (
          <div role="group" aria-labelledby={`${id}-quotes`}>
            <div id={`${id}-quotes`} role="presentation" className="search__group-label">
              Quotes
            </div>
            {quoteOptions.map((o) => {
              const i = options.indexOf(o);
              const q = o.quote;
              const speaker = index.actorsById.get(q.speakerId)?.name ?? q.speakerId;
              const date = index.articlesById.get(q.articleId)?.date;
              const snippet = snippetAround(q.text, query);
              return (
                <SearchOption
                  key={o.id}
                  id={optionId(i)}
                  selected={i === active}
                  className="search__option search__option--quote"
                  onHover={() => setActive(i)}
                  onChoose={() => choose(o)}
                >
                  <span className="search__quote">“{snippet}”</span>
                  <span className="search__by">
                    {speaker}
                    {date ? ` · ${formatDate(date)}` : ''}
                  </span>
                </SearchOption>
              );
            })}
          </div>
        )}
      </div>
      {/* One live region: shown as the popup when there is nothing to list, else only announced. */}
      <p
        className={showList && options.length === 0 ? 'search__message' : 'visually-hidden'}
        role="status"
      >
        {status}
      </p>
    </div>
  );
}

/**
 * One entry of the results listbox. Mouse-down is cancelled so the input keeps focus (and the
 * popup stays open) while the pointer chooses; keyboard choice goes through the combobox.
 */
function SearchOption(props: {
  id: string;
  selected: boolean;
  className: string;
  onHover: () => void;
  onChoose: () => void;
  children: ReactNode;
}) {
  return (
    <div
      id={props.id}
      role="option"
      aria-selected={props.selected}
      className={props.className}
      onMouseDown={(e) => e.preventDefault()}
      onMouseMove={props.onHover}
      onClick={props.onChoose}
    >
      {props.children}
    </div>
  );
}
