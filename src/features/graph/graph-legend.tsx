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
import { kindCssColor } from '../../theme/palette.ts';

export interface GraphLegendProps {
  /** Offer to show or hide the unknown speaker (only when the graph has one). */
  unknownToggle?: { hidden: boolean; onChange: (hidden: boolean) => void };
}

/**
 * Explains what size, colour, arrows and line width mean in the graph drawing, and holds the
 * switch that hides the unknown speaker.
 */
export function GraphLegend({ unknownToggle }: GraphLegendProps): JSX.Element {
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
            quotes said + mentions
          </dd>
        </div>
        <div>
          <dt>Colour</dt>
          <dd>
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
