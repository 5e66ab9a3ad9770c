import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { createMemoryRouter, Link, RouterProvider } from 'react-router';
import { useSuppressClickAfterDrag } from './use-click-after-drag';

/** A card holding a link, its drag state driven by the test as dnd-kit's useDraggable would. */
function Card({ control }: { control: { setDragging?: (v: boolean) => void } }) {
  const [isDragging, setDragging] = useState(false);
  control.setDragging = setDragging;
  const guard = useSuppressClickAfterDrag(isDragging);
  return (
    <div {...guard}>
      <Link to="/accounts/cyber">Cybercartes</Link>
    </div>
  );
}

function renderCard() {
  const control: { setDragging?: (v: boolean) => void } = {};
  const router = createMemoryRouter(
    [
      { path: '/', element: <Card control={control} /> },
      { path: '/accounts/:id', element: <p>Account page</p> },
    ],
    { initialEntries: ['/'] },
  );
  render(<RouterProvider router={router} />);
  return { router, drag: (v: boolean) => act(() => control.setDragging?.(v)) };
}

// Issue #20: dropping a pipeline card grabbed by its name opened the account page.
describe('a card dragged by its link', () => {
  it('does not follow the link on the click that ends a drag', () => {
    const { router, drag } = renderCard();
    fireEvent.pointerDown(screen.getByText('Cybercartes'));
    drag(true);
    drag(false);
    fireEvent.click(screen.getByText('Cybercartes'));
    expect(router.state.location.pathname).toBe('/');
  });

  it('follows the link on a plain click, and again on the next press after a drag', () => {
    const { router, drag } = renderCard();
    fireEvent.pointerDown(screen.getByText('Cybercartes'));
    drag(true);
    drag(false);
    fireEvent.pointerDown(screen.getByText('Cybercartes'));
    fireEvent.click(screen.getByText('Cybercartes'));
    expect(router.state.location.pathname).toBe('/accounts/cyber');
  });
});
