export { spectralNorm } from './spectralNorm';
export { gatePath, type GatePath } from './gatePaths';
export { jacobianFactors } from './jacobian';
export { stepWeightGradient, weightGradContributions } from './contributions';
