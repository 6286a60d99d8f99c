export interface Model { bias: number; weights: Record<string, number> }
export interface Row { x: Record<string, number>; y: number }
export function fitLogistic(rows: Row[], names: string[], options?: {lambda?: number; iterations?: number; minRows?: number}): Model;
export function predict(model: Model, x: Record<string, number>): number;
export function calibrationBins(pairs: [number, number][], bins?: number): {ece: number; bins: {lo: number; hi: number; n: number; conf: number; acc: number}[]};
