import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { ActorId } from '../../corpus/schema.ts';
import type { CorpusIndex } from '../../corpus/corpus-index.ts';
import type { EdgeId } from '../../corpus/edge-id.ts';
import type { ActorGraph } from '../../graph/build-actor-graph.ts';
import { ActorKindBadge } from '../../components/badges.tsx';
import type { ExplorerNav } from '../../components/explorer-nav.ts';
import { formatNumber } from '../../components/format.ts';
import { kindCssColor } from '../../theme/palette.ts';
import {
  actorNameFilter,
  actorRows,
  linkRows,
  sortActorRows,
  type ActorRow,
  type ActorSort,
  type ActorSortKey,
  type LinkRow,
} from './list-rows.ts';
import { VirtualTable } from './virtual-rows.tsx';
import './list-view.css';

interface ListViewProps {
  graph: ActorGraph;
  index: CorpusIndex;
  selectedActorId: ActorId | null;
  selectedEdgeId: EdgeId | null;
  nav: ExplorerNav;
}

const COLUMNS: { key: ActorSortKey; label: string; numeric: boolean }[] = [
  { key: 'name', label: 'Actor', numeric: false },
  { key: 'kind', label: 'Kind', numeric: false },
  { key: 'quoted', label: 'Quotes said', numeric: true },
  { key: 'mentioned', label: 'Mentioned in', numeric: true },
  { key: 'talksTo', label: 'Talks about', numeric: true },
  { key: 'talkedAboutBy', label: 'Talked about by', numeric: true },
];

/** The graph as tables: every actor with their counts, and every link. Follows the filters. */
export function ListView({ graph, index, selectedActorId, selectedEdgeId, nav }: ListViewProps) {
  const id = useId();
  const [sort, setSort] = useState<ActorSort>({ key: 'quoted', direction: 'descending' });
  const [nameQuery, setNameQuery] = useState('');
  // Filtering thousands of rows per keystroke can wait for the next idle render.
  const query = useDeferredValue(nameQuery);
  const matches = useMemo(() => actorNameFilter(index.actorsById.values()), [index]);
  const allRows = useMemo(() => actorRows(graph), [graph]);
  const allLinks = useMemo(() => linkRows(graph), [graph]);
  const rows = useMemo(
    () => (query.trim() ? allRows.filter((r) => matches(r.id, query)) : allRows),
    [allRows, matches, query],
  );
  const sorted = useMemo(() => sortActorRows(rows, sort), [rows, sort]);
  const links = useMemo(
    () =>
      query.trim()
        ? allLinks.filter((l) => matches(l.source, query) || matches(l.target, query))
        : allLinks,
    [allLinks, matches, query],
  );
  const filtering = query.trim() !== '';
  const countOf = (shown: number, total: number) =>
    filtering ? `${formatNumber(shown)} of ${formatNumber(total)}` : formatNumber(total);

  const toggle = (key: ActorSortKey, numeric: boolean) =>
    setSort((s) =>
      s.key === key
        ? { key, direction: s.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: numeric ? 'descending' : 'ascending' },
    );

  const actorHead = (
    <>
      <caption className="visually-hidden">
        Actors, sorted by {COLUMNS.find((c) => c.key === sort.key)?.label.toLowerCase()},{' '}
        {sort.direction}
      </caption>
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th
              key={c.key}
              scope="col"
              aria-sort={sort.key === c.key ? sort.direction : undefined}
              className={c.numeric ? 'num' : undefined}
            >
              <button
                type="button"
                className="sort-button"
                onClick={() => toggle(c.key, c.numeric)}
              >
                {c.label}
                <span className="sort-button__icon" aria-hidden="true">
                  {sort.key === c.key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                </span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
    </>
  );

  const renderActor = (row: ActorRow) => (
    <>
      <th scope="row" className={row.id === selectedActorId ? 'is-selected' : undefined}>
        <button type="button" className="actor-button" onClick={() => nav.selectActor(row.id)}>
          <span
            className="actor-button__dot"
            style={{ background: kindCssColor(row.kind) }}
            aria-hidden="true"
          />
          <span className="actor-button__name">{row.name}</span>
        </button>
      </th>
      <td className="kind">
        <ActorKindBadge kind={row.kind} />
      </td>
      {/* data-label names the column when a narrow table folds its columns into the row. */}
      <td className="num" data-label="Quotes said">
        {formatNumber(row.quoted)}
      </td>
      <td className="num" data-label="Mentioned in">
        {formatNumber(row.mentioned)}
      </td>
      <td className="num" data-label="Talks about">
        {formatNumber(row.talksTo)}
      </td>
      <td className="num" data-label="Talked about by">
        {formatNumber(row.talkedAboutBy)}
      </td>
    </>
  );

  const nameOf = (id: ActorId) => index.actorsById.get(id)?.name ?? id;
  const linkHead = (
    <>
      <caption className="visually-hidden">Links, most quoted first</caption>
      <thead>
        <tr>
          <th scope="col">Speaker → about</th>
          <th scope="col" className="num">
            Quotes
          </th>
        </tr>
      </thead>
    </>
  );
  const renderLink = (row: LinkRow) => (
    <>
      <th scope="row" className={row.id === selectedEdgeId ? 'is-selected' : undefined}>
        <button type="button" className="link-button" onClick={() => nav.selectEdge(row.id)}>
          {nameOf(row.source)} → {nameOf(row.target)}
        </button>
      </th>
      <td className="num">{formatNumber(row.count)}</td>
    </>
  );

  return (
    <div className="list-view">
      <div className="list-view__filter" role="search" aria-label="Actors and links">
        <label htmlFor={`${id}-name`}>Filter by name</label>
        <input
          id={`${id}-name`}
          type="search"
          value={nameQuery}
          placeholder="Name or alias"
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setNameQuery(e.target.value)}
        />
      </div>
      <section className="list-view__section" aria-labelledby="list-actors-heading">
        <h2 id="list-actors-heading" className="list-view__title">
          Actors <span className="count">{countOf(rows.length, allRows.length)}</span>
        </h2>
        {rows.length === 0 ? (
          <p className="empty-note">
            {filtering
              ? `No actor’s name or alias contains “${query.trim()}”.`
              : 'No actors match the current filters.'}
          </p>
        ) : (
          <VirtualTable
            rows={sorted}
            rowKey={(r) => r.id}
            renderRow={renderActor}
            head={actorHead}
            columns={COLUMNS.length}
            className="data-table data-table--actors"
            rowHeight={41}
          />
        )}
      </section>
      <section className="list-view__section" aria-labelledby="list-links-heading">
        <h2 id="list-links-heading" className="list-view__title">
          Links <span className="count">{countOf(links.length, allLinks.length)}</span>
        </h2>
        {links.length === 0 ? (
          <p className="empty-note">
            {filtering
              ? `No link has an actor whose name or alias contains “${query.trim()}”.`
              : 'No one mentions anyone in the quotes that match.'}
          </p>
        ) : (
          <VirtualTable
            rows={links}
            rowKey={(r) => r.id}
            renderRow={renderLink}
            head={linkHead}
            columns={2}
            className="data-table data-table--links"
            rowHeight={37}
          />
        )}
      </section>
    </div>
  );
}
