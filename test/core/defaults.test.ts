import { describe, expect, it } from 'vitest';
import { ATTACHMENTS, POSITIONS, defaultDynamics } from '../../src/core';

describe('defaultDynamics', () => {
  it('gives every position and tendency parameters inside the model’s ranges', () => {
    for (const position of POSITIONS) {
      for (const attachment of ATTACHMENTS) {
        const d = defaultDynamics(position, attachment);
        expect(Math.abs(d.inertia)).toBeLessThan(1);
        expect(d.floodingHeartRate).toBeGreaterThan(d.restingHeartRate);
        expect(d.heartRateRecovery).toBeGreaterThan(0);
      }
    }
  });

  it('starts a blamer hotter than a placater, and a secure partner warmer than an anxious one', () => {
    expect(defaultDynamics('blamer', 'anxious').setPoint).toBeLessThan(
      defaultDynamics('placater', 'anxious').setPoint,
    );
    expect(defaultDynamics('pursuer', 'secure').setPoint).toBeGreaterThan(
      defaultDynamics('pursuer', 'anxious').setPoint,
    );
  });

  it('lets repairs land more strongly and earlier for a secure tendency', () => {
    const secure = defaultDynamics('withdrawer', 'secure');
    const avoidant = defaultDynamics('withdrawer', 'avoidant');
    expect(secure.repairStrength).toBeGreaterThan(avoidant.repairStrength);
    expect(secure.repairThreshold).toBeGreaterThan(avoidant.repairThreshold);
  });

  it('writes figures without float noise, as a person would type them', () => {
    expect(defaultDynamics('pursuer', 'anxious')).toMatchObject({
      inertia: 0.65,
      negativeInfluence: 0.48,
      heartRateRecovery: 0.015,
    });
  });
});
