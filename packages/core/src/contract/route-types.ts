import type { z } from 'zod';

// The shape of one entry of the routes table (routes.ts).

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a successful answer carries. */
export type RouteAnswer =
  | { kind: 'json'; schema: z.ZodType }
  /** A download or a page: its Content-Type (the start of it). */
  | { kind: 'file'; contentType: string }
  /** No body (204, or tus's answers whose facts are in headers). */
  | { kind: 'empty' };

export interface RouteContract {
  summary: string;
  /** The success status (the first when there are two, e.g. 201 made / 200 already there). */
  status: number | readonly [number, ...number[]];
  /** A JSON request body. */
  body?: z.ZodType;
  /** A body that is not JSON. */
  upload?: 'multipart' | 'octet-stream' | 'tus';
  /** The query string, when the route reads one. */
  query?: z.ZodType;
  answer: RouteAnswer;
}

export const json = <S extends z.ZodType>(schema: S) => ({ kind: 'json', schema }) as const;
export const file = (contentType: string) => ({ kind: 'file', contentType }) as const;
export const empty = { kind: 'empty' } as const;
