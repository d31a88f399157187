import { documentHtml, estimatedHeight, homeTopHtml, postCell, snowflake, timelineRegionHtml, type XAccount, type XPost } from '../fixtures/x/generate-timeline';

/** The signed-in account of the hand-built pages: the brand's care desk, as in the fixtures. */
export const BRAND: XAccount = { name: 'Acme Air Support', handle: 'AcmeAir_Help', verified: true };
export const RITA: XAccount = { name: 'Rita Okafor', handle: 'rita_okafor' };
export const SAM: XAccount = { name: 'Sam Lee', handle: 'samlee' };

/** A post written `minutes` before now, so SLA countdowns are live rather than months overdue. */
export function recentPost(id: number, author: XAccount, text: string, minutes: number): XPost {
  const time = new Date(Date.now() - minutes * 60_000).toISOString();
  return { id: snowflake(time, id), author, text, time };
}

/** x.com/home, light, signed in as the brand, showing exactly these posts. */
export function homeWith(posts: readonly XPost[]): string {
  let top = 0;
  const cells = posts.map((p) => {
    const html = postCell(p, 'light', top);
    top += estimatedHeight(p);
    return html;
  });
  return documentHtml({
    theme: 'light',
    title: 'Home / X',
    current: 'home',
    viewer: BRAND,
    primary: `<div aria-label="Home timeline" tabindex="0" class="css-175oi2r">${homeTopHtml(BRAND, 'light')}${timelineRegionHtml('Your Home Timeline', cells.join(''), top)}</div>`,
  });
}
