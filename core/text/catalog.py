"""The wording of every message code, in English, marked for translation.

Each entry's context is its code's first part (``"threshold.exempt"`` -> context
``threshold``); pyside6-lupdate collects the marked strings into resources/i18n/*.ts, and
``core.text.render`` looks the translation up by (context, English). Placeholders: see
``core.text.render``. A code used by the core and missing here is a test failure. The table
import's codes (``import.*``) are in ``core.text.catalog_tables``.
"""

from __future__ import annotations

from core.message import QT_TRANSLATE_NOOP
from core.text.catalog_tables import TABLE_MESSAGES

MESSAGES: dict[str, str] = {
    # Threshold decisions, per party (ThresholdTest.reason).
    "threshold.exempt": QT_TRANSLATE_NOOP("threshold", "exempt from the threshold"),
    "threshold.none_set": QT_TRANSLATE_NOOP("threshold", "no threshold"),
    "threshold.passed_at_least": QT_TRANSLATE_NOOP("threshold", "{share:pct} ≥ {limit:pctv}"),
    "threshold.passed_more_than": QT_TRANSLATE_NOOP("threshold", "{share:pct} > {limit:pctv}"),
    "threshold.failed_below": QT_TRANSLATE_NOOP("threshold", "{share:pct} < {limit:pctv}"),
    "threshold.failed_not_above": QT_TRANSLATE_NOOP("threshold", "{share:pct} ≤ {limit:pctv}"),
    "threshold.by_district_seats": QT_TRANSLATE_NOOP(
        "threshold", "won {seats} district {seats:plural:seat|seats} (needs {needed}) although "
                     "{share:pct} < {limit:pctv}"),
    "threshold.coalition": QT_TRANSLATE_NOOP(
        "threshold", "{reason} (a coalition of {members} parties)"),
    "threshold.admitted_largest": QT_TRANSLATE_NOOP(
        "threshold", "{reason}, but admitted: at least {n} lists take part"),
    "threshold.passed_in_constituencies": QT_TRANSLATE_NOOP(
        "threshold", "passed in {passed} of {total} constituencies"),
    "threshold.constituency_alternative": QT_TRANSLATE_NOOP(
        "threshold", "{reason}, but {limit:pctv} or more in {passed} "
                     "{passed:plural:constituency|constituencies}: their seats only"),
    # The threshold rule in words.
    "threshold.rule_none": QT_TRANSLATE_NOOP("threshold", "No threshold."),
    "threshold.rule_at_least": QT_TRANSLATE_NOOP(
        "threshold", "{limit:pctv} of {base}, at least (exactly at the threshold passes)"),
    "threshold.rule_more_than": QT_TRANSLATE_NOOP(
        "threshold", "{limit:pctv} of {base}, more than (exactly at the threshold fails)"),
    "threshold.rule_or_seats": QT_TRANSLATE_NOOP(
        "threshold", "{rule}, or {n} district {n:plural:seat|seats} won"),
    "threshold.rule_scoped": QT_TRANSLATE_NOOP("threshold", "{rule}, {scope}"),
    "threshold.rule_or_constituency": QT_TRANSLATE_NOOP(
        "threshold", "{rule}; or {limit:pctv} of a constituency's votes, for its seats only"),
    "threshold.rule_alliance": QT_TRANSLATE_NOOP(
        "threshold", "{limit:pctv} for a coalition of {members} or more"),
    "threshold.rule_alliances": QT_TRANSLATE_NOOP("threshold", "{rule} ({items:list})"),
    "threshold.rule_min_lists": QT_TRANSLATE_NOOP(
        "threshold", "{rule}; at least {n} lists take part (the largest are admitted)"),
    "threshold.rule_end": QT_TRANSLATE_NOOP("threshold", "{rule}."),
    # Where a tie happened (TieReport.tier) and the tie in words.
    "tier.list": QT_TRANSLATE_NOOP("tier", "list tier"),
    "tier.constituency": QT_TRANSLATE_NOOP("tier", "constituency {name}"),
    "tier.region": QT_TRANSLATE_NOOP("tier", "region {name}"),
    "tier.district": QT_TRANSLATE_NOOP("tier", "district {name}"),
    "tier.entitlement": QT_TRANSLATE_NOOP("tier", "entitlement"),
    "tier.unseating": QT_TRANSLATE_NOOP("tier", "unseating {party}"),
    "tier.unseating_in": QT_TRANSLATE_NOOP("tier", "unseating {party} in {land}"),
    "tier.majority_bonus": QT_TRANSLATE_NOOP("tier", "majority bonus"),
    "tier.agreement": QT_TRANSLATE_NOOP("tier", "surplus agreement {lists:list}"),
    "tier.opposition": QT_TRANSLATE_NOOP("tier", "the opposition's additional seats"),
    "tier.levelling_national": QT_TRANSLATE_NOOP("tier", "the national count of levelling "
                                                         "seats"),
    "tier.upper": QT_TRANSLATE_NOOP("tier", "the upper apportionment"),
    "tier.land_quotas": QT_TRANSLATE_NOOP("tier", "seats of the Länder by population"),
    "tier.land_lists": QT_TRANSLATE_NOOP("tier", "a party's Land lists"),
    "tier.land_lists_of": QT_TRANSLATE_NOOP("tier", "the Land lists of {party}"),
    "tier.region_seats": QT_TRANSLATE_NOOP("tier", "seats of the regions by votes"),
    "tier.region_over": QT_TRANSLATE_NOOP("tier", "seats taken back in {name}"),
    "tier.second_scrutiny": QT_TRANSLATE_NOOP("tier", "the second scrutiny"),
    "tie.describe": QT_TRANSLATE_NOOP(
        "tie", "{tier}: a tie for {seats} {seats:plural:seat|seats} between {contenders:list}, "
               "resolved by {rule} in favour of {winners:list}"),
    # The list tier's rules in words (core.rules.adjustments).
    "adjustment.bonus_sliding": QT_TRANSLATE_NOOP(
        "adjustment", "Majority bonus: the largest list gets {seats} seats at {min:pctv} of the "
                      "base, {per} more for each full {step:pctv} above it, at most {max}; the "
                      "rest are shared proportionally."),
    "adjustment.bonus_top_up_share": QT_TRANSLATE_NOOP(
        "adjustment", "Majority bonus: the largest list (with at least {min:pctv} of the base) "
                      "is topped up to {share:pct} of the house."),
    "adjustment.bonus_top_up_seats": QT_TRANSLATE_NOOP(
        "adjustment", "Majority bonus: the largest list (with at least {min:pctv} of the base) "
                      "is topped up to {seats} seats."),
    "adjustment.opposition_minimum": QT_TRANSLATE_NOOP(
        "adjustment", "Opposition minimum: if the largest list holds more than the rest "
                      "allow, the other lists get additional seats until they hold "
                      "{share:pct} of the house."),
    "adjustment.surplus_agreements": QT_TRANSLATE_NOOP(
        "adjustment", "Surplus agreements: {groups:list} (each group counted as one list, its "
                      "seats then shared between its lists)."),
    "adjustment.seat_caps": QT_TRANSLATE_NOOP(
        "adjustment", "Caps: no party above {seats} seats, nor above its share of the votes "
                      "plus {points:num} points of the house."),
    # The method in words.
    "method.with_first_divisor": QT_TRANSLATE_NOOP(
        "method", "{method}, first divisor {divisor:num}"),
    "method.with_minimum": QT_TRANSLATE_NOOP(
        "method", "{method}, at least {n} {n:plural:seat|seats} each"),
    # The headline: who holds what.
    "headline.no_seats": QT_TRANSLATE_NOOP("headline", "No seats allocated."),
    "headline.holds": QT_TRANSLATE_NOOP("headline", "{party} holds {held}: {status}."),
    "headline.held": QT_TRANSLATE_NOOP("headline", "{seats} of {house} seats"),
    "headline.held_with_affiliated": QT_TRANSLATE_NOOP(
        "headline", "{seats} of {house} seats ({own} + {affiliated} self-nominated sitting with "
                    "it)"),
    "headline.two_thirds": QT_TRANSLATE_NOOP(
        "headline", "a two-thirds majority ({needed} needed)"),
    "headline.simple": QT_TRANSLATE_NOOP(
        "headline", "a simple majority ({needed} needed), {short} short of two thirds"),
    "headline.apportionment": QT_TRANSLATE_NOOP(
        "headline", "{party} receives the most seats: {seats} of {house} ({share:pct1})."),
    "headline.none": QT_TRANSLATE_NOOP(
        "headline", "no majority alone: {short} short of {needed}"),
    # How the tiers were linked, and list constituencies.
    "linkage.entitlement": QT_TRANSLATE_NOOP("linkage", "Entitlement: {items:list}."),
    "linkage.party_seats": QT_TRANSLATE_NOOP("linkage", "{party} {n}"),
    "linkage.party_plus": QT_TRANSLATE_NOOP("linkage", "{party} +{n}"),
    "linkage.house_grew": QT_TRANSLATE_NOOP(
        "linkage", "The house: {base} seats by law, {total} after the overhang rule."),
    "linkage.overhang": QT_TRANSLATE_NOOP(
        "linkage", "{party} won {won} district {won:plural:seat|seats}, entitled to "
                   "{entitlement}: {n} overhang {n:plural:seat|seats}."),
    "linkage.levelling": QT_TRANSLATE_NOOP("linkage", "Levelling seats: {items:list}."),
    "linkage.unseated": QT_TRANSLATE_NOOP(
        "linkage", "{party}: {n} district {n:plural:winner|winners} not seated (beyond its "
                   "entitlement of {entitlement})."),
    "linkage.unseated_by_land": QT_TRANSLATE_NOOP(
        "linkage", "{party}: {n} district {n:plural:winner|winners} not seated (beyond the "
                   "seats of its Land lists in their Länder)."),
    "linkage.unseated_not_qualified": QT_TRANSLATE_NOOP(
        "linkage", "{party}: {n} district {n:plural:winner|winners} not seated (the party did "
                   "not qualify)."),
    "linkage.not_seated": QT_TRANSLATE_NOOP(
        "linkage", "Not seated: {candidate} ({party}, {district}, {share:pct} of the "
                   "district's votes)."),
    "linkage.not_seated_declared": QT_TRANSLATE_NOOP(
        "linkage", "Not seated: {n} of {party}'s winners known only from declared totals."),
    "constituency.seats": QT_TRANSLATE_NOOP(
        "constituency", "{name}, {seats} list {seats:plural:seat|seats}: {won:list}"),
    "constituency.with_districts": QT_TRANSLATE_NOOP(
        "constituency", "{line}; district seats: {won:list}"),
    # Explanations of a count.
    "explain.entitlement": QT_TRANSLATE_NOOP(
        "explain", "{linkage}: this explains the proportional entitlement over {seats} seats; "
                   "list seats top up the district seats to it."),
    "explain.constituencies_apart": QT_TRANSLATE_NOOP(
        "explain", "No single count to explain: each constituency is counted apart."),
    "explain.one_person_capped": QT_TRANSLATE_NOOP(
        "explain", "No single count to explain: a one-person list was capped at one seat and "
                   "the rest shared again."),
    "explain.list_capped": QT_TRANSLATE_NOOP(
        "explain", "No single count to explain: a list won more seats than it had candidates "
                   "and the rest were shared again (see the notes)."),
    "explain.rules_apart": QT_TRANSLATE_NOOP(
        "explain", "No single count to explain: the list tier's rules counted some lists "
                   "together or apart (see the notes)."),
    # How close each party is to a change (core.analysis.closeness): the caveats.
    "closeness.caveat_others_fixed": QT_TRANSLATE_NOOP(
        "closeness", "Votes are added to or taken from one party with every other count fixed; "
                     "lost votes are abstentions unless stated (they leave the threshold base "
                     "too)."),
    "closeness.caveat_list_votes": QT_TRANSLATE_NOOP(
        "closeness", "List (party) votes move, and so do the votes of the party's candidate "
                     "in one district: a seat is won or lost in the district where the fewest "
                     "votes do it (named beside the figure; a majority adds up the cheapest "
                     "districts, one seat each, an upper bound). In a compensatory or "
                     "additional member system each figure is for the party's whole seat "
                     "count, recomputed: its entitlement over the whole house, with overhang, "
                     "levelling and unseated district winners, not its list seats alone."),
    "closeness.caveat_constituencies": QT_TRANSLATE_NOOP(
        "closeness", "With list constituencies (or additional member regions) the votes are "
                     "added or taken in one constituency, the one where the fewest are needed "
                     "(named beside the figure). One seat is won or lost in one constituency, "
                     "so that is the party's figure; a majority can need votes in several, so "
                     "the majority figures there are upper bounds."),
    "closeness.caveat_bonus": QT_TRANSLATE_NOOP(
        "closeness", "A majority bonus moves in steps of the largest list's share: the figures "
                     "for its steps (and for the runner-up to take it) are found and verified "
                     "the same way, list votes moving nationwide. Seats added for the opposition "
                     "(an opposition minimum) are in each party's seat figures, not shown "
                     "apart."),
    "closeness.caveat_verified": QT_TRANSLATE_NOOP(
        "closeness", "Each figure is verified by recomputing: with it the outcome changes, with "
                     "one vote less it does not. It is the smallest such change when seats "
                     "never fall as a party's own votes rise: true of divisor methods and "
                     "thresholds; largest-remainder methods (Hare, Droop, ...) move their quota "
                     "with every vote and can, rarely, break this (a vote-monotonicity paradox "
                     "of the Alabama kind; seen with the integer Droop quota on small totals). "
                     "For them the {n} vote counts below each boundary are also checked one by "
                     "one; a smaller change further below cannot be ruled out."),
    # The command line's text table.
    "cli.method": QT_TRANSLATE_NOOP("cli", "Method: {text}"),
    "cli.threshold": QT_TRANSLATE_NOOP("cli", "Threshold: {text} Base: {base} votes."),
    "cli.threshold_by_constituency": QT_TRANSLATE_NOOP(
        "cli", "Threshold: {text} Base: each constituency's own votes, from {low} ({low_name}) "
               "to {high} ({high_name})."),
    "cli.majority": QT_TRANSLATE_NOOP(
        "cli", "Majority: {simple} of {house} seats (two thirds: {two_thirds}); {text}"),
    "cli.indices": QT_TRANSLATE_NOOP(
        "cli", "Gallagher {gallagher:dec2}, Loosemore-Hanby {lh:dec2}, effective parties "
               "{enp_votes:dec2} by votes, {enp_seats:dec2} by seats."),
    "cli.tie": QT_TRANSLATE_NOOP("cli", "Tie: {text}."),
    "cli.warning": QT_TRANSLATE_NOOP("cli", "Warning: {text}"),
    # The explanation of a count in the exports (XLSX "Explanation" sheet, PDF report).
    "export.list_seats_by": QT_TRANSLATE_NOOP(
        "export", "{n} list {n:plural:seat|seats} by {method}."),
    "export.below_threshold": QT_TRANSLATE_NOOP(
        "export", "Below the threshold, not sharing in the list seats: {parties:list}."),
    "export.nothing_to_explain": QT_TRANSLATE_NOOP("export", "No list seats to explain."),
    "export.minimum_first": QT_TRANSLATE_NOOP(
        "export", "Each party first receives {n} {n:plural:seat|seats} without a quotient."),
    "export.last_row_missed": QT_TRANSLATE_NOOP(
        "export", "The last row is the highest quotient that won no seat."),
    "export.quota_formula": QT_TRANSLATE_NOOP(
        "export", "Quota: {votes} / {per} = {exact} ≈ {quota:dec3} votes a seat ({votes} "
                  "qualifying votes, {seats} {seats:plural:seat|seats})."),
    "export.quota": QT_TRANSLATE_NOOP(
        "export", "Quota: {exact} ≈ {quota:dec3} votes a seat ({votes} qualifying votes, "
                  "{seats} {seats:plural:seat|seats})."),
    "export.whole_and_remainders": QT_TRANSLATE_NOOP(
        "export", "{whole} {whole:plural:seat|seats} by whole quotas; the {left} left over go "
                  "to the largest remainders."),
    "export.declared_seats": QT_TRANSLATE_NOOP("export", "{n} {n:plural:seat|seats}"),
    # The Monte Carlo simulation.
    "simulate.counting": QT_TRANSLATE_NOOP(
        "simulate", "Seats count by nominating party; majorities count seats with affiliated "
                    "members, more than half of the house (simple majority of {house}: "
                    "{simple})."),
    "simulate.exact_path_linkage": QT_TRANSLATE_NOOP(
        "simulate", "{linkage}: every run allocated exactly, one by one"),
    "simulate.exact_speed": QT_TRANSLATE_NOOP(
        "simulate", "Not vectorised: {runs} runs at {rate} runs a second."),
    "simulate.nothing_moves": QT_TRANSLATE_NOOP(
        "simulate", "Nothing in this house can move: none of its {house} seats depends on "
                    "votes the simulation varies ({declared} district {declared:plural:seat "
                    "is|seats are} known only as declared totals, {appointed} appointed, no "
                    "list seats shared by votes, no district with rival candidates)."),
    "simulate.exact_path_rules": QT_TRANSLATE_NOOP(
        "simulate", "{rules:list}: every run allocated exactly, one by one"),
    "simulate.summary": QT_TRANSLATE_NOOP(
        "simulate", "Monte Carlo: {runs} runs, error sd {sd:num} points, seed {seed:raw}; house "
                    "{house} seats."),
    "simulate.any_majority": QT_TRANSLATE_NOOP(
        "simulate", "Any single party with a majority: {p:pct1}"),
    "simulate.coalitions_head": QT_TRANSLATE_NOOP(
        "simulate", "Coalitions (chance of a majority; of one needing every member):"),
    "simulate.coalition": QT_TRANSLATE_NOOP("simulate", "  {parties}: {p:pct1}; {minimal:pct1}"),
    "simulate.note": QT_TRANSLATE_NOOP("simulate", "Note: {text}"),
    "simulate.hidden_parties": QT_TRANSLATE_NOOP(
        "simulate", "({n} other {n:plural:party|parties}: no seat in any run.)"),
    "simulate.projected": QT_TRANSLATE_NOOP("simulate", "Projected: {parties:list}."),
    "simulate.projected_party": QT_TRANSLATE_NOOP(
        "simulate", "{party} {share:pct1} → {seats} ({change:signed})"),
    "simulate.battleground_head": QT_TRANSLATE_NOOP(
        "simulate", "Battleground, closest {n} (margin; swing to flip; chance the holder keeps "
                    "it):"),
    "simulate.contest": QT_TRANSLATE_NOOP(
        "simulate", "  {district}: {holder} over {rival} by {margin} votes ({share:pct1}); "
                    "{swing:pct2}; {hold:pct1}"),
    "simulate.self_nominated": QT_TRANSLATE_NOOP("simulate", "self-nominated"),
    "simulate.curve": QT_TRANSLATE_NOOP(
        "simulate", "Seats-votes: {party} at {share:pct1} holds {seats} seats; responsiveness "
                    "{responsiveness:dec2} (seat-share points per vote-share point). At equal "
                    "shares with {rival} ({equal:pct1} each), seats of {party} minus {rival}: "
                    "{gap:signed}; partisan bias {bias:spct1} of the house."),
    "simulate.curve_short": QT_TRANSLATE_NOOP(
        "simulate", "Seats-votes: {party} at {share:pct1} holds {seats} seats."),
    # The parliament chart: tooltips, legend, labels.
    "chart.list_votes": QT_TRANSLATE_NOOP(
        "chart", "{votes} list votes, {share:pct} of the threshold base"),
    "chart.affiliated": QT_TRANSLATE_NOOP(
        "chart", "Self-nominated district winner, sits with {party}"),
    "chart.note_bonus": QT_TRANSLATE_NOOP("chart", "the party's seats include {n} bonus"),
    "chart.note_overhang": QT_TRANSLATE_NOOP("chart", "the party's seats include {n} overhang"),
    "chart.note_levelling": QT_TRANSLATE_NOOP("chart",
                                              "the party's seats include {n} levelling"),
    "chart.note_unseated": QT_TRANSLATE_NOOP(
        "chart", "{n} district {n:plural:winner|winners} not seated (not drawn)"),
    "chart.overhang_kind": QT_TRANSLATE_NOOP(
        "chart", "overhang seat: a district seat beyond the party's entitlement of "
                 "{entitlement}"),
    "chart.district_won": QT_TRANSLATE_NOOP(
        "chart", "{district}: {candidate}, {votes} votes, ahead by {margin}"),
    "chart.appointed_by": QT_TRANSLATE_NOOP("chart", "Appointed (not elected)\nby the {name}"),
    "chart.independents_count": QT_TRANSLATE_NOOP(
        "chart", "{n} ({sitting} {sitting:plural:sits|sit} with a party)"),
    "chart.key_overhang": QT_TRANSLATE_NOOP(
        "chart", "overhang {n:plural:seat|seats} (beyond entitlement)"),
    "chart.key_levelling": QT_TRANSLATE_NOOP("chart", "levelling {n:plural:seat|seats}"),
    "chart.key_bonus": QT_TRANSLATE_NOOP("chart", "bonus {n:plural:seat|seats}"),
    "chart.government": QT_TRANSLATE_NOOP("chart", "Government: {name}"),
    "chart.of_house": QT_TRANSLATE_NOOP("chart", "{seats} of {house}"),
    "chart.unseated": QT_TRANSLATE_NOOP(
        "chart", "{n} district {n:plural:winner|winners} not seated"),
    "chart.house_by_law": QT_TRANSLATE_NOOP("chart", "{n} by law"),
    "chart.house_grew": QT_TRANSLATE_NOOP("chart", "{base} + {added:plus}"),
    "chart.added_overhang": QT_TRANSLATE_NOOP("chart", "{n} overhang"),
    "chart.added_levelling": QT_TRANSLATE_NOOP("chart", "{n} levelling"),
    "chart.added_bonus": QT_TRANSLATE_NOOP("chart", "{n} bonus"),
    "chart.majority": QT_TRANSLATE_NOOP("chart", "majority: {simple} of {total}"),
    "chart.majority_grown": QT_TRANSLATE_NOOP("chart", "{majority} ({growth})"),
    "chart.total": QT_TRANSLATE_NOOP("chart", "{n} {n:plural:seat|seats}"),
    "chart.caption_source": QT_TRANSLATE_NOOP("chart", "Source: {source}"),
    "chart.caption_sources": QT_TRANSLATE_NOOP("chart", "Sources: {source} and {more} more"),
    "chart.caption_made": QT_TRANSLATE_NOOP("chart", "made with SeatCalc {version}"),
    # Coalitions: the players of the power indices.
    "coalitions.independent": QT_TRANSLATE_NOOP("coalitions", "Independent {n}"),
    # Output formats and their options.
    "formats.png_width": QT_TRANSLATE_NOOP("formats", "{cm:dec1} cm wide at {dpi} dpi"),
    # What takes options, as a refusal of an unknown option names it.
    "formats.the_format": QT_TRANSLATE_NOOP("formats", "the {suffix} format"),
    "formats.the_layout": QT_TRANSLATE_NOOP("formats", "the {layout} layout"),
    # The result table.
    "table.appointed": QT_TRANSLATE_NOOP("table", "{name} (appointed)"),
    # Notes of a count.
    "note.quota_fallback": QT_TRANSLATE_NOOP(
        "note", "The count by {method} filled {over} {over:plural:seat|seats} more than "
                "exist; it was redone with {fallback}."),
    "note.in_constituency": QT_TRANSLATE_NOOP("note", "{constituency}: {note}"),
    "note.bonus_sliding": QT_TRANSLATE_NOOP(
        "note", "Majority bonus: {party}, the largest list with {share:pct} of the base, gets "
                "{n} bonus {n:plural:seat|seats}; the other {rest} seats are shared "
                "proportionally, {party} included."),
    "note.bonus_top_up": QT_TRANSLATE_NOOP(
        "note", "Majority bonus: {party}, the largest list, would hold {held} seats, short of "
                "{target}: it is topped up by {n} {n:plural:seat|seats}, and the other lists "
                "share the remaining {rest} list seats."),
    "note.bonus_not_needed": QT_TRANSLATE_NOOP(
        "note", "Majority bonus: {party}, the largest list, holds {held} seats, at least the "
                "{target} of the top-up: no bonus."),
    "note.bonus_below_minimum": QT_TRANSLATE_NOOP(
        "note", "Majority bonus: {party}, the largest list, has {share:pct} of the base, below "
                "the {limit:pctv} needed: no bonus."),
    "note.land_minimums": QT_TRANSLATE_NOOP(
        "note", "Minimum seats: {items:list}; the house grew from {base} to {house} seats "
                "shared nationwide so that every party has its minimum."),
    "note.coverage": QT_TRANSLATE_NOOP(
        "note", "Second-vote coverage, {land}: the Land list of {party} has {seats} "
                "{seats:plural:seat|seats} for its {won} district winners; {n} "
                "{n:plural:winner|winners} with the lowest first-vote "
                "{n:plural:share is|shares are} not seated."),
    "note.majority_clause": QT_TRANSLATE_NOOP(
        "note", "Majority clause: {party}, with more than half of the qualifying second votes, "
                "gets {n} more {n:plural:seat|seats} and holds a majority of the house of "
                "{house}."),
    "note.second_scrutiny": QT_TRANSLATE_NOOP(
        "note", "Second scrutiny: {n} {n:plural:seat|seats} not given in the regions "
                "({regions:list}), shared on the lists' remainders ({total} votes; {number} a "
                "seat): {items:list}."),
    "note.uncompensated_overhang": QT_TRANSLATE_NOOP(
        "note", "Overhang seats left uncompensated, on top of the nationwide share: "
                "{items:list}."),
    "note.opposition_minimum": QT_TRANSLATE_NOOP(
        "note", "Opposition minimum: {party} holds {held} of {house} seats, leaving the others "
                "less than {share:pct}; they get {n} additional "
                "{n:plural:seat|seats}, shared by the list method."),
    "note.agreement": QT_TRANSLATE_NOOP(
        "note", "Surplus agreement: {lists:list} counted as one list won {seats} "
                "{seats:plural:seat|seats}, shared between them: {split:list}."),
    "note.levelling_kept": QT_TRANSLATE_NOOP(
        "note", "Constituency seats beyond the national share, kept (the party left the "
                "national count with them): {items:list}."),
    "note.biproportional_upper": QT_TRANSLATE_NOOP(
        "note", "Upper apportionment (the lists nationwide): {items:list}."),
    "note.biproportional_divisors": QT_TRANSLATE_NOOP(
        "note", "Lower apportionment: seats = votes ÷ (district divisor × list divisor), "
                "rounded; district divisors {districts:list}; list divisors {lists:list}."),
    "note.divisor": QT_TRANSLATE_NOOP("note", "{name} {divisor:num}"),
    "note.seat_cap": QT_TRANSLATE_NOOP(
        "note", "Cap: {party} would hold {held} seats, above its cap of {cap}: it gets "
                "{list_seats} list {list_seats:plural:seat|seats} and the other parties share "
                "the rest."),
    "note.list_exhausted": QT_TRANSLATE_NOOP(
        "note", "{party} won {won} list seats but has {length} "
                "{length:plural:candidate|candidates} left: the other {passed} "
                "{passed:plural:seat went|seats went} to the other lists by the same method."),
    # Warnings of an allocation.
    "warning.no_party_qualified": QT_TRANSLATE_NOOP(
        "warning", "No party passed the threshold: the list seats stay empty."),
    "warning.no_party_qualified_districts_only": QT_TRANSLATE_NOOP(
        "warning", "No party passed the threshold: only district seats are filled."),
    "warning.constituency_no_party_qualified": QT_TRANSLATE_NOOP(
        "warning", "{constituency}: no party passed the threshold; its {seats} list "
                   "{seats:plural:seat stays|seats stay} empty."),
    "warning.land_quota_differs": QT_TRANSLATE_NOOP(
        "warning", "{land}: its list and district seats make {stated}, but its population "
                   "gives it {quota}; the population decides."),
    "warning.levelling_unplaced": QT_TRANSLATE_NOOP(
        "warning", "{n} levelling {n:plural:seat|seats} found no constituency with a levelling "
                   "seat left: not placed."),
    "warning.lists_exhausted": QT_TRANSLATE_NOOP(
        "warning", "{n} list {n:plural:seat stays|seats stay} empty: every list that could "
                   "take {n:plural:it|them} ran out of candidates."),
    "warning.negative_levelling": QT_TRANSLATE_NOOP(
        "warning", "Levelling with {method} took a seat from a party as the house grew (a "
                   "quota method is not house-monotone): its levelling seats are negative."),
    "warning.region_seats_differ": QT_TRANSLATE_NOOP(
        "warning", "{region}: the file gives {stated} seats, its votes give it {seats} (the "
                   "votes decide)."),
    "warning.declared_winners_unseated": QT_TRANSLATE_NOOP(
        "warning", "{party}: {n} district {n:plural:winner|winners} known only from declared "
                   "totals {n:plural:is|are} not seated; which cannot be told without district "
                   "results."),
    "warning.vote_sums_differ": QT_TRANSLATE_NOOP(
        "warning", "Party votes differ from the sum of their constituency votes, which is "
                   "used: {details:list}."),
    "warning.vote_sum_detail": QT_TRANSLATE_NOOP("warning", "{party} {given} vs {summed}"),
    "warning.unknown_field": QT_TRANSLATE_NOOP(
        "warning", "The file has a field \"{field}\" this version of SeatCalc does not know: it is "
                   "kept when saving, not used."),
    "warning.turnout_over_registered": QT_TRANSLATE_NOOP(
        "warning", "{cast} ballots but only {registered} registered voters: one of the two "
                   "figures is wrong."),
    "warning.district_seats_unfilled": QT_TRANSLATE_NOOP(
        "warning", "{missing} of {seats} district seats have no result (neither district votes "
                   "nor declared totals): left empty."),
}


MESSAGES.update(TABLE_MESSAGES)  # the table import's, in a module of their own


def entry(code: str) -> tuple[str, str]:
    """(context, English wording) of ``code``; KeyError names an unknown code."""
    return code.partition(".")[0], MESSAGES[code]
