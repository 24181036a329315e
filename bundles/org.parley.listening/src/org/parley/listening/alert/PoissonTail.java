package org.parley.listening.alert;

/** The chance of seeing at least k events where λ are expected: the one-sided test early warning applies. */
final class PoissonTail {

	private PoissonTail() {
	}

	/** P(X ≥ k) for X ~ Poisson(λ), summed from k upwards so that tiny tails keep their precision. */
	static double atLeast(int k, double lambda) {
		if (k <= 0) {
			return 1;
		}
		if (lambda <= 0) {
			return 0;
		}
		double logTerm = -lambda + k * Math.log(lambda) - logFactorial(k);
		double sum = 0;
		for (int i = k; i < k + 10_000; i++) {
			double term = Math.exp(logTerm);
			sum += term;
			if (i > lambda && term < sum * 1e-12) {
				break;
			}
			logTerm += Math.log(lambda) - Math.log(i + 1);
		}
		return Math.min(1, sum);
	}

	private static double logFactorial(int k) {
		double sum = 0;
		for (int i = 2; i <= k; i++) {
			sum += Math.log(i);
		}
		return sum;
	}
}
