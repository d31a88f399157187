import Sentiment from 'sentiment';
import vader from 'vader-sentiment';
import type { SentimentLabel } from '../types';

/**
 * The off-the-shelf lexicon classifiers the issue measures the sentiment model against, with the
 * cut-offs their authors recommend: VADER's compound ±0.05, AFINN's score sign.
 */
const VADER_NEUTRAL_BAND = 0.05;

export function vaderLabel(text: string): SentimentLabel {
  const { compound } = vader.SentimentIntensityAnalyzer.polarity_scores(text);
  return compound >= VADER_NEUTRAL_BAND ? 'positive' : compound <= -VADER_NEUTRAL_BAND ? 'negative' : 'neutral';
}

const afinn = new Sentiment();

export function afinnLabel(text: string): SentimentLabel {
  const { score } = afinn.analyze(text);
  return score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral';
}
