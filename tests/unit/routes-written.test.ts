// src/lib/routes-written.mjs: a route is written once a page of another route renders, and the listener the config
// sets hears of it from the middleware's copy of the module.
import { afterEach, describe, expect, it } from 'vitest';
import { onRouteWritten, routeTracker } from '../../src/lib/routes-written.mjs';

describe('routeTracker', () => {
  it.each([
    { case: 'no page rendered', rendered: [], written: [] },
    { case: 'one route only: never followed', rendered: ['/questions/[slug]', '/questions/[slug]'], written: [] },
    { case: 'each route once the next begins', rendered: ['/questions/[slug]', '/questions/[slug]', '/404', '/print', '/print'], written: ['/questions/[slug]', '/404'] },
    { case: 'a route seen again is written again', rendered: ['/a', '/b', '/a', '/c'], written: ['/a', '/b', '/a'] },
  ])('$case', ({ rendered, written }) => {
    const heard: string[] = [];
    const pageRendered = routeTracker((route) => heard.push(route));
    for (const route of rendered) pageRendered(route);
    expect(heard).toEqual(written);
  });
});

describe('onRouteWritten', () => {
  afterEach(() => onRouteWritten(undefined));

  it('tells the listener set last, through any tracker', () => {
    const heard: string[] = [];
    onRouteWritten(() => heard.push('replaced'));
    onRouteWritten((route) => heard.push(route));
    const pageRendered = routeTracker();
    for (const route of ['/questions/[slug]', '/404']) pageRendered(route);
    expect(heard).toEqual(['/questions/[slug]']);
  });

  it('tells nobody once the listener is removed', () => {
    const heard: string[] = [];
    onRouteWritten((route) => heard.push(route));
    onRouteWritten(undefined);
    const pageRendered = routeTracker();
    for (const route of ['/a', '/b']) pageRendered(route);
    expect(heard).toEqual([]);
  });
});
