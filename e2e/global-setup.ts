import { findChromium } from './harness.ts';

// Fail the whole browser suite up front, with a way out, rather than skipping it silently.
export default function setup(): void {
  findChromium();
}
