import type { JSX } from 'react';
import {
  DOUBTFUL_NODE_STYLE,
  EDGE_WIDTH_CLASSES,
  EDGE_WIDTH_LABELS,
  KIND_LABELS,
  MAX_NODE_RADIUS,
  MIN_NODE_RADIUS,
  isDoubtfulKind,
} from '../../graph/node-style.ts';
import type { SizeBy } from '../../graph/node-appearance.ts';
import { kindCssColor } from '../../theme/palette.ts';

/** A coloured community as the legend names it: after its most central actor. */
export interface LegendCommunity {
  readonly name: string;
  readonly color: string;
  readonly size: number;
}

export interface GraphLegendProps {
  /** Offer to show or hide the unknown speaker (only when the graph has one). */
  unknownToggle?: { hidden: boolean; onChange: (hidden: boolean) => void };
  /** What size and colour show, when not quotes and kind. */
  style?: {
    sizeBy: SizeBy;
    /** Colour by community: the coloured ones, largest first, and the grey of the rest. */
    communities?: { shown: readonly LegendCommunity[]; otherColor: string; others: number };
  };
}

const SIZE_TEXT: Readonly<Record<SizeBy, string>> = {
  quotes: 'quotes said + mentions',
  degree: 'degree: actors linked with',
  pagerank: 'PageRank: mentioned by much-mentioned actors',
};

/**
 * Explains what size, colour, arrows and line width mean in the graph drawing, and holds the
 * switch that hides the unknown speaker.
 */
export function GraphLegend({ unknownToggle, style }: GraphLegendProps): JSX.Element {
  const small = MIN_NODE_RADIUS + 1;
  const large = Math.round(MAX_NODE_RADIUS / 2.2);
  return (
    <details className="qg-graph__legend" open>
      <summary>Legend</summary>
      <dl>
        <div>
          <dt>Size</dt>
          <dd>
            <svg width={2 * large + small * 2 + 10} height={2 * large + 2} aria-hidden="true">
              <circle
                cx={small + 1}
                cy={large + 1}
                r={small}
                fill="var(--graph-size-glyph, #94a3b8)"
              />
              <circle
                cx={2 * small + 8 + large}
                cy={large + 1}
                r={large}
                fill="var(--graph-size-glyph, #94a3b8)"
              />
            </svg>
            {SIZE_TEXT[style?.sizeBy ?? 'quotes']}
          </dd>
        </div>
        <div>
          <dt>Colour</dt>
          <dd>
            {style?.communities ? (
              <CommunityLegend {...style.communities} />
            ) : (
              <ul className="qg-graph__kinds">
                {KIND_LABELS.map(([kind, label]) => (
                  <li key={kind}>
                    <svg width="12" height="12" aria-hidden="true">
                      {isDoubtfulKind(kind) ? (
                        <circle
                          cx="6"
                          cy="6"
                          r="5"
                          fill={`var(--doubtful-fill, ${DOUBTFUL_NODE_STYLE.fill})`}
                          stroke={`var(--doubtful-stroke, ${DOUBTFUL_NODE_STYLE.stroke})`}
                          strokeWidth="1.5"
                          strokeDasharray={DOUBTFUL_NODE_STYLE.dash.join(' ')}
                        />
                      ) : (
                        <circle cx="6" cy="6" r="5.5" fill={kindCssColor(kind)} />
                      )}
                    </svg>
                    {label}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>Arrow</dt>
          <dd>
            <svg width="44" height="12" aria-hidden="true">
              <line
                x1="2"
                y1="6"
                x2="34"
                y2="6"
                stroke="var(--graph-glyph, #475569)"
                strokeWidth="1.5"
              />
              <path d="M42 6 L33 2 L33 10 Z" fill="var(--graph-glyph, #475569)" />
            </svg>
            speaker → actor mentioned
          </dd>
        </div>
        <div>
          <dt>Width</dt>
          <dd>
            <ul className="qg-graph__widths">
              {EDGE_WIDTH_CLASSES.map((w, i) => (
                <li key={w}>
                  <svg width="22" height="10" aria-hidden="true">
                    <line
                      x1="1"
                      y1="5"
                      x2="21"
                      y2="5"
                      stroke="var(--graph-glyph, #475569)"
                      strokeWidth={w}
                    />
                  </svg>
                  {EDGE_WIDTH_LABELS[i]}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        {unknownToggle && (
          <div>
            <dt className="visually-hidden">Unknown speaker</dt>
            <dd>
              <label className="qg-graph__toggle">
                <input
                  type="checkbox"
                  checked={!unknownToggle.hidden}
                  onChange={(event) => unknownToggle.onChange(!event.currentTarget.checked)}
                />
                Show unknown speaker
              </label>
            </dd>
          </div>
        )}
      </dl>
    </details>
  );
}

/** The community swatches: each named after its most central actor, then the rest in grey. */
function CommunityLegend({
  shown,
  otherColor,
  others,
}: NonNullable<NonNullable<GraphLegendProps['style']>['communities']>): JSX.Element {
  return (
    <>
      <span className="qg-graph__legend-note">
        Communities, named after their most central actor
      </span>
      <ul className="qg-graph__kinds" aria-label="Communities">
        {shown.map((c) => (
          <li key={c.name + c.color}>
            <svg width="12" height="12" aria-hidden="true">
              <circle cx="6" cy="6" r="5.5" fill={c.color} />
            </svg>
            {`Community of ${c.name} (${c.size})`}
          </li>
        ))}
        {others > 0 && (
          <li>
            <svg width="12" height="12" aria-hidden="true">
              <circle cx="6" cy="6" r="5.5" fill={otherColor} />
            </svg>
            {`${others} other ${others === 1 ? 'community' : 'communities'}`}
          </li>
        )}
      </ul>
    </>
  );
}
