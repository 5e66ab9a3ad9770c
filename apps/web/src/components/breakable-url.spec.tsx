import { render } from '@testing-library/react';
import { BreakableUrl } from './breakable-url';

describe('BreakableUrl', () => {
  it('offers a line break after each separator of the address, and keeps the address whole', () => {
    const url = 'https://crm.example.com/lifeboat/v2/events?tenant=kpnqwest&x=1';
    const { container } = render(<BreakableUrl url={url} />);
    expect(container.textContent).toBe(url);
    const parts = [...(container.querySelector('span')?.childNodes ?? [])].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent);
    expect(parts).toEqual(['https://', 'crm.', 'example.', 'com/', 'lifeboat/', 'v2/', 'events?', 'tenant=', 'kpnqwest&', 'x=', '1']);
    expect(container.querySelectorAll('wbr')).toHaveLength(parts.length - 1);
  });
});
