//! A plain timing loop: warm up, calibrate the batch size, take the median of many batches,
//! with the engines' batches interleaved.

use std::hint::black_box;
use std::time::{Duration, Instant};

/// How long and how often to measure.
#[derive(Clone, Copy, Debug)]
pub struct Budget {
    /// Wall time one batch should take (the batch size is calibrated to it).
    pub batch: Duration,
    /// Batches per measurement; the median batch is reported.
    pub samples: usize,
    /// Wall time spent running the function before calibrating.
    pub warm_up: Duration,
}

impl Budget {
    /// The budget of a real run.
    pub const FULL: Budget = Budget {
        batch: Duration::from_millis(10),
        samples: 21,
        warm_up: Duration::from_millis(100),
    };
    /// `--quick`: enough to prove the loop runs, too little to mean anything.
    pub const QUICK: Budget = Budget {
        batch: Duration::from_micros(200),
        samples: 3,
        warm_up: Duration::ZERO,
    };
}

/// The median time of one call of each function, in nanoseconds, measured interleaved.
///
/// Each function gets its own calibrated batch size; then the batches take turns (one batch of
/// each function per round), so a change in the machine's load affects every function alike
/// and the ratios between them stay meaningful on a busy machine.
pub fn measure(budget: Budget, functions: &[&dyn Fn() -> String]) -> Vec<f64> {
    let run = |f: &dyn Fn() -> String, n: u64| {
        let start = Instant::now();
        for _ in 0..n {
            black_box(f());
        }
        start.elapsed()
    };
    let batch_sizes: Vec<u64> = functions
        .iter()
        .map(|&f| {
            let warm_up = Instant::now();
            while warm_up.elapsed() < budget.warm_up {
                run(f, 1);
            }
            // Calibrate: grow the batch until it takes at least the target time.
            let mut n = 1u64;
            loop {
                let took = run(f, n);
                if took >= budget.batch || n >= 1 << 24 {
                    break n;
                }
                let factor = if took.is_zero() {
                    16.0
                } else {
                    (budget.batch.as_secs_f64() / took.as_secs_f64()).clamp(1.5, 16.0)
                };
                n = ((n as f64) * factor).ceil() as u64;
            }
        })
        .collect();
    let mut samples = vec![Vec::with_capacity(budget.samples); functions.len()];
    for _ in 0..budget.samples {
        for (i, &f) in functions.iter().enumerate() {
            let n = batch_sizes[i];
            samples[i].push(run(f, n).as_nanos() as f64 / n as f64);
        }
    }
    samples.iter_mut().map(|s| median(s)).collect()
}

/// The median of `values` (sorted in place); `NaN` for an empty slice.
pub fn median(values: &mut [f64]) -> f64 {
    if values.is_empty() {
        return f64::NAN;
    }
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    if values.len() % 2 == 1 {
        values[mid]
    } else {
        (values[mid - 1] + values[mid]) / 2.0
    }
}
