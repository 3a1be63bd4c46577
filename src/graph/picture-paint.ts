import { cssFont, type GraphPicture, type PicturePaint } from './picture-model.ts';

/** The 2D-context calls a picture needs: a page's canvas or a worker's OffscreenCanvas. */
export type PictureContext = Pick<
  CanvasRenderingContext2D,
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'lineCap'
  | 'lineJoin'
  | 'globalAlpha'
  | 'font'
  | 'textBaseline'
  | 'textAlign'
  | 'setLineDash'
  | 'setTransform'
  | 'fillRect'
  | 'beginPath'
  | 'arc'
  | 'roundRect'
  | 'fill'
  | 'stroke'
  | 'fillText'
  | 'strokeText'
>;

/**
 * Paints the picture onto `ctx` at `scale` device pixels per CSS pixel, the same picture as
 * {@link pictureToSvg}: SVG path data goes through `new Path2D(d)`. Effects: draws on `ctx`.
 */
export function paintPicture(ctx: PictureContext, picture: GraphPicture, scale: number): void {
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.fillStyle = picture.background;
  ctx.fillRect(0, 0, picture.width, picture.height);
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.lineJoin = 'round';
  const paint = (i: PicturePaint, path: Path2D | null) => {
    if (i.fill) {
      ctx.globalAlpha = i.fillOpacity ?? 1;
      ctx.fillStyle = i.fill;
      if (path) ctx.fill(path);
      else ctx.fill();
    }
    if (i.stroke) {
      ctx.globalAlpha = i.strokeOpacity ?? 1;
      ctx.strokeStyle = i.stroke;
      ctx.lineWidth = i.strokeWidth ?? 1;
      ctx.lineCap = i.type === 'path' && !i.fill ? 'round' : 'butt';
      ctx.setLineDash(i.dash ?? []);
      if (path) ctx.stroke(path);
      else ctx.stroke();
      ctx.setLineDash([]);
    }
    ctx.globalAlpha = 1;
  };
  for (const item of picture.items) {
    switch (item.type) {
      case 'path':
        paint(item, new Path2D(item.d));
        break;
      case 'circle':
        ctx.beginPath();
        ctx.arc(item.cx, item.cy, item.r, 0, Math.PI * 2);
        paint(item, null);
        break;
      case 'rect':
        ctx.beginPath();
        ctx.roundRect(item.x, item.y, item.width, item.height, item.rx);
        paint(item, null);
        break;
      case 'text':
        ctx.font = cssFont(item);
        if (item.halo) {
          ctx.strokeStyle = item.halo;
          ctx.lineWidth = 3.5;
          ctx.strokeText(item.text, item.x, item.y);
        }
        ctx.fillStyle = item.fill;
        ctx.fillText(item.text, item.x, item.y);
        break;
    }
  }
}
