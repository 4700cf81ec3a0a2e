import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChartFrame } from '../../src/charts/ChartFrame';
import { serialiseSvg } from '../../src/charts/exportChart';

const data = { indexLabel: 't', index: [0, 1], columns: [{ label: 'v', values: [0.5, NaN] }] };

function renderFrame() {
  return render(
    <ChartFrame
      title="Loss"
      summary="2 steps"
      data={data}
      graphic={(w) => (
        <svg width={w} height={50}>
          <rect className="mark" width={10} height={10} />
        </svg>
      )}
    />,
  );
}

describe('ChartFrame', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is a figure named by its title holding an img named "{title}: {summary}"', () => {
    renderFrame();
    expect(screen.getByRole('figure', { name: 'Loss' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Loss: 2 steps' })).toBeTruthy();
  });

  it('toggles the data table with "Show data" (aria-expanded follows)', () => {
    renderFrame();
    const button = screen.getByRole('button', { name: 'Show data' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('table', { name: 'Loss' })).toBeTruthy();
    fireEvent.click(button);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('"Export CSV" downloads the table through a blob URL and a temporary <a download>', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:test'));
    URL.revokeObjectURL = vi.fn();
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(`${this.download} ${this.href}`);
    });
    renderFrame();
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await vi.waitFor(() => expect(clicks).toEqual(['loss.csv blob:test']));
    expect(await blobs[0].text()).toBe('t,v\r\n0,0.5\r\n1,NaN\r\n');
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('offers SVG and PNG exports', () => {
    renderFrame();
    expect(screen.getByRole('button', { name: 'Export SVG' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export PNG' })).toBeTruthy();
  });
});

describe('serialiseSvg(graphic)', () => {
  it('writes standalone SVG markup with inline styles and a white background', () => {
    const sheet = document.head.appendChild(document.createElement('style'));
    sheet.textContent = '.mark { fill: rgb(1, 2, 3); }';
    const { container } = renderFrame();
    const markup = serialiseSvg(container.querySelector('.chart-graphic')!);
    expect(markup).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(markup).toContain('<rect width="640" height="50" fill="#ffffff"');
    expect(markup).toMatch(/class="mark"[^>]*style="[^"]*fill:rgb\(1, 2, 3\)/);
    sheet.remove();
  });
});

describe('serialiseSvg(graphic, { title })', () => {
  it('puts the title above the chart and makes room for it', () => {
    const { container } = renderFrame();
    const markup = serialiseSvg(container.querySelector('.chart-graphic')!, { title: 'Loss' });
    expect(markup).toMatch(/^<svg[^>]* height="78"/);
    expect(markup).toContain('<g transform="translate(0,28)">');
    expect(markup).toMatch(/<text[^>]*>Loss<\/text><\/svg>$/);
  });
});
