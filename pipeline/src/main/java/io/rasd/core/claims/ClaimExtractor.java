package io.rasd.core.claims;

import io.rasd.core.arabic.AnalyzedText;
import io.rasd.core.arabic.Token;
import io.rasd.core.model.Claim;
import io.rasd.core.model.ClaimMetrics;
import io.rasd.core.model.Mention;
import io.rasd.core.numbers.ArabicNumberParser;
import io.rasd.core.numbers.NumberMatch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Extracts the numeric claims of an article: who did what to how many, when, according to whom. Word lists and
 * the metric taxonomy live in resources/claims. Immutable and thread-safe: build once per worker.
 */
public final class ClaimExtractor {
  private final ClaimLexicon lex;
  private final ArabicNumberParser parser;
  private final ContextClassifier contexts;
  private final boolean withOther;

  private ClaimExtractor(ClaimLexicon lex, ArabicNumberParser parser, ContextClassifier contexts, boolean withOther) {
    this.lex = lex;
    this.parser = parser;
    this.contexts = contexts;
    this.withOther = withOther;
  }

  /**
   * Without metric {@code other}: on a sample of 50 of its rows of SaudiNewsNet only 16 were worth recording
   * (docs/other-sample-saudinewsnet.tsv), under the 80% issue 11 asks of a default.
   */
  public static ClaimExtractor fromResources() {
    return fromResources(false);
  }

  /** {@code withOther}: also the quantities no trigger governs (metric {@code other}, classes of other_classes.txt). */
  public static ClaimExtractor fromResources(boolean withOther) {
    return new ClaimExtractor(ClaimLexicon.load(), ArabicNumberParser.instance(), ContextClassifier.load(), withOther);
  }

  /**
   * @param body cleaned article text
   * @param mentions the article's mentions (may be empty or null): used for actor, source and location
   * @param published publication date, may be null: resolves relative years (العام الماضي)
   * @return claims in text order; every claim satisfies {@code body.substring(start, end).equals(text)}
   */
  public List<Claim> extract(String body, List<Mention> mentions, LocalDate published) {
    return extract(AnalyzedText.analyze(body), mentions, published);
  }

  /** {@link #extract(String, List, LocalDate)} over the article's analysis (its tokens, sentences and clauses). */
  public List<Claim> extract(AnalyzedText seg, List<Mention> mentions, LocalDate published) {
    String body = seg.body();
    if (body.isBlank()) return List.of();
    List<Token> tokens = seg.tokens();
    if (tokens.isEmpty()) return List.of();
    List<NumberMatch> numbers = parser.findAll(body, tokens);
    List<Candidate> cands = new CandidateFinder(lex, body, tokens, seg, numbers).find();
    Attribution attribution = new Attribution(lex, body, tokens, seg, mentions);
    cands.addAll(new NamedListFinder(attribution.context()).find(cands));
    cands.addAll(new PronounObjectFinder(attribution.context()).find(cands));
    cands.sort((a, b) -> Integer.compare(a.start, b.start));
    new PeriodResolver(lex, tokens, seg, numbers, published).resolve(cands, seg);
    attribution.resolve(cands);
    List<Claim> claims = new ArrayList<>(cands.size());
    ContextClassifier.Article context = cands.isEmpty() ? null : contexts.new Article(seg);
    for (Candidate c : cands) {
      String ctx = context.of(c.anchor);
      // وفاة / توفي with no cue of violence, an accident or a disaster in its sentence is a natural death: no claim
      if (lex.needsCue(tokens, c.trigger) && !context.sentenceHasCue(c.anchor)) continue;
      // dropped here, not sooner: the other metrics' rules (a number of the metric before) see the same candidates
      if (!withOther && ClaimMetrics.OTHER.equals(c.metric)) continue;
      // a road crash, a fall or a flood has no agent in this field's sense: the body named near it reports or rescues
      boolean noAgent = ContextClassifier.ACCIDENT.equals(ctx) || ContextClassifier.DISASTER.equals(ctx);
      claims.add(new Claim(c.metric, c.value, c.valueMax, c.qualifier, c.counted, c.unit, c.year, c.sinceYear,
          noAgent ? null : c.actor, c.source, c.location, body.substring(c.start, c.end), c.start, c.end, ctx,
          noAgent ? null : c.actorRef, c.sourceRef, c.locationRef));
    }
    return ClaimDeduper.dedup(claims, headlineEnd(body), offset -> {
      int t = attribution.tokenAt(offset);
      return t < 0 ? -1 : seg.sentenceOf(t);
    });
  }

  /** A headline opens the cleaned body: a first line of at most 200 characters without a full stop; else 0. */
  static int headlineEnd(String body) {
    int nl = body.indexOf('\n');
    if (nl <= 0 || nl > 200 || body.substring(0, nl).contains(".")) return 0;
    return nl;
  }
}
