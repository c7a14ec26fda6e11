<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>SeatCalc is running from a source tree: the third-party software is whatever your Python environment holds, each package under its own licence.

The packaged SeatCalc shows here its THIRD_PARTY_LICENSES file: the name, version, licence and licence text of every bundled package (Qt and PySide6 under the LGPL-3.0 among them), written when the package is built (build_spec/third_party_licenses.py).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the package is incomplete: reinstall SeatCalc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SeatCalc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seat calculator for election analysts: every seat is decided with integer or fraction arithmetic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: MIT. Qt {qt}, PySide6 {pyside}, Python {python}. Qt and PySide6 are used under the LGPL-3.0; the licences of all bundled software follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party software ({file}):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remainder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the threshold base against the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes ÷ quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats from whole quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes − whole × quota (exact value in the tooltip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place among the remainders (1 = largest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won one more seat by its remainder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats from the party list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seat won at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next quotient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quotient that won the party its last seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party&apos;s next quotient: the one that fell short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One seat fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All seats (list + district)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fewest extra votes that win one more seat, others fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fewest lost votes that cost a seat (one fewer and it keeps them all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra votes needed to pass the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fewest lost votes that make it fail the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why these seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How close: votes that change the outcome, others fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat by seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the order won; greyed: each party&apos;s next quotient, which fell short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out how close each party is…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compute: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot explain this result: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong: {error}

Your work is autosaved; you can go on, or save and restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An autosave file could not be read and was set aside (SeatCalc starts as usual):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeatCalc closed unexpectedly with unsaved work on &quot;{title}&quot;.
Recover it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sits with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>won</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>two thirds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{diff} against {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; below threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats in the house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gallagher index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loosemore-Hanby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective parties (seats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules of: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} list {n:plural:seat|seats} by {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold {p} of {base}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} district {n:plural:seat|seats}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no district seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} appointed ({body})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare — SeatCalc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same votes under the rules of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same votes, threshold and district seats under every method; seats coloured {green} or {red} where they differ from {used}, the method in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under these rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats under these rules − as held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under these rules: {rules}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As held: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under: {rules}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These votes cannot be counted under these rules: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConstituencyModel</name>
    <message>
        <source>Constituency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {column} in {constituency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{party}&apos;s list votes in each constituency; its national votes are their sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List seats of the constituency (the tier&apos;s seats are their sum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party votes in the constituency (read only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConstituencyPanel</name>
    <message>
        <source>The list tier is counted nationwide: a compensatory (MMP) system shares its entitlement over the whole country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list tier is counted nationwide. Tick &quot;Use constituencies&quot; to allocate its seats separately in each constituency or region (Norway&apos;s counties, Spain&apos;s provinces, Scotland&apos;s regions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} {n:plural:region|regions}, {seats} list seats. In each region the list seats go by the divisor sequence, the district seats won there counted first (a district&apos;s region is set in the district results).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} {n:plural:constituency|constituencies}, {seats} list seats, each allocated separately with the list tier&apos;s method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party&apos;s national votes are the sum of its votes here (the Parties tab shows them, read only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use constituencies (allocate the list seats separately in each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add constituency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats and list votes per constituency (editable, pastes from a spreadsheet):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats won in each region, district + list; &quot;Next in line&quot; is the first party left without a list seat, with its quotient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List seats won in each constituency (–: below the threshold there):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List seats won in each constituency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use constituencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the list tier nationwide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One constituency, &quot;{whole}&quot;, now holds all {n} list seats and the national votes: add constituencies and split the seats and votes among them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list tier is counted nationwide again; each party keeps the sum of its constituency votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a constituency first (click one of its cells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove constituency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclaredModel</name>
    <message>
        <source>Nominated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sits with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>These votes and rules cannot be allocated: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditableTableModel</name>
    <message>
        <source>Edit {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the block runs past the last row ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}, row {row}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no result)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeatCalc scenarios (*.seats.json);;JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scenario has unsaved changes. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open {spec}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {path}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was lost: the previous file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>(not used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District / polling station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes of a party (one column per party)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a result table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the new scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each column means (guessed; change it where it is wrong):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first {n} rows, with their line in the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows not counted (line, column, reason):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result tables (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the columns by hand below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns changed: read the votes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No party votes could be read from this table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table does not make a valid scenario: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constituencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add declared total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against all / blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots for none of the parties that still count as valid: &apos;against all&apos; (Kazakhstan), blank votes (Spain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No per-district votes in this scenario: its district seats are given as declared totals below (official summaries). Add a district to enter candidate votes; its winner is then computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Districts with candidate votes (the winner is computed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared totals (when only totals are published):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} district {n:plural:seat|seats}: {counted} with candidate votes, {declared} as declared totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {n} without a result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cast} ballots, {share} of registered voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cast} ballots (registered voters unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a district first (click one of its rows)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Template: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources of this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SeatCalc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;built-in scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove d&amp;istrict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party &amp;flags (threshold-exempt, one-person list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;methods…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with other &amp;rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte &amp;Carlo simulation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What-if…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartyModel</name>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the threshold base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed the threshold (or qualified by district seats, or exempt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats from the party list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District seats won by the party&apos;s own nominees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List + district seats (+ self-nominated winners who sit with the party)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt from the threshold (e.g. national minority parties)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-person list (an individual candidate on the list ballot, as in Scotland&apos;s regions): it can win one seat at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s votes are the sum of its constituency votes: edit them in the Constituencies tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{color}: double-click to pick another colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seats} won by the party&apos;s nominees, plus {n} self-nominated district {n:plural:winner|winners} sitting with the party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gallagher index {gallagher} · Loosemore-Hanby {lh} · effective parties {votes} (votes), {seats} (seats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats shared in proportion among the qualifying parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{party} did not qualify: no entitlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{party}&apos;s proportional share of the house: {n} {n:plural:seat|seats}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it won {n} {n:plural:district|districts}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <source>List tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District tier and linkage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First divisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum seats each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or district seats won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overhang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly at the threshold passes (&quot;at least&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the threshold is tested when the list tier has constituencies (the Constituencies tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sum of the constituencies&apos; seats: edit them in the Constituencies tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District seats cannot be fewer than the {n} results entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the district seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulationDialog</name>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90% range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two thirds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average seats over all runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5th to 95th percentile: 9 runs in 10 fall in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chance to pass the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chance of a simple majority alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chance of a two-thirds majority alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every member needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chance that together they hold a simple majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chance that they hold one and no smaller part of them does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo simulation — SeatCalc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard deviation of the error added to each party&apos;s vote share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed gives the same result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error (sd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who reaches a majority: a party alone, or up to three together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats won, in % of runs; dashed: the majority and two-thirds lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each run adds a normal error to every party&apos;s share of the party votes and allocates the seats exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p% — {done} of {runs} runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulating {runs} runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results below are from the previous run of {runs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot simulate: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {runs} runs, error sd {sd:num} points, seed {seed:raw}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{runs} runs, house of {house} (majority {majority}). Some single party has a majority in {p} of runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{party}: {mean} seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No seat in any run: {parties}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List votes in the what-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the original votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All seats in the what-if (with self-nominated winners sitting with the party)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the original seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{points:num} points {giver} → {taker} (and districts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{points:num} points {giver} → {taker}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turnout {p:pctv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against all {p:pctv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move votes between parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout and against all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From → to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also swing every district race (uniform swing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to the original votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a slider to preview; release it to apply (one undo step). Every what-if starts from the original votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the original votes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scenario has no district races with candidate votes (declared totals cannot swing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if: reset to the original votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if moves national votes; this scenario counts its list votes by constituency: edit them in the Constituencies tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the original votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{what}&lt;/b&gt; (not the original votes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= {moved} votes from {giver} to {taker} (of a threshold base of {base})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No votes moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{p:pctv} of the original votes: about {votes} party votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original turnout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} ballots against all (original)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} ballots against all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>An internal error stopped this ({error}); it is a fault in SeatCalc, not in your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details are in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_DistrictTable</name>
    <message>
        <source>self-nominated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <source>Appointed (not elected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent
self-nominated district winner, sits with no party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{party}
list seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{party}
levelling seat: added as the house grew to stay proportional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{party}
district seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{party}
overhang seat: a district seat beyond the party&apos;s entitlement of {entitlement}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-nominated district winner
sits with {party}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the party&apos;s seats include {n} overhang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the party&apos;s seats include {n} levelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} district {n:plural:winner|winners} not seated (not drawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointed (not elected)
by the {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-nominated, sits with party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overhang {n:plural:seat|seats} (beyond entitlement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>levelling {n:plural:seat|seats}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} district {n:plural:winner|winners} not seated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} by law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} overhang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} levelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>majority: {simple} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} {n:plural:seat|seats}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+Aff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2/3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold: {text} Base: {base} votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majority: {simple} of {house} seats (two thirds: {two_thirds}); {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gallagher {gallagher:dec2}, Loosemore-Hanby {lh:dec2}, effective parties {enp_votes:dec2} by votes, {enp_seats:dec2} by seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie: {text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>closeness</name>
    <message>
        <source>Votes are added to or taken from one party with every other count fixed; lost votes are abstentions unless stated (they leave the threshold base too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only list (party) votes move; district results stay as they are. In a parallel system only list seats can change; in a compensatory or additional member system each figure is for the party&apos;s whole seat count, recomputed: its entitlement over the whole house, with overhang, levelling and unseated district winners, not its list seats alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With list constituencies (or additional member regions) the votes are added or taken in one constituency, the one where the fewest are needed (named beside the figure). One seat is won or lost in one constituency, so that is the party&apos;s figure; a majority can need votes in several, so the majority figures there are upper bounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each figure is verified by recomputing: with it the outcome changes, with one vote less it does not. It is the smallest such change when seats never fall as a party&apos;s own votes rise: true of divisor methods and thresholds; largest-remainder methods (Hare, Droop, ...) move their quota with every vote and can, rarely, break this (a vote-monotonicity paradox of the Alabama kind; seen with the integer Droop quota on small totals). For them the {n} vote counts below each boundary are also checked one by one; a smaller change further below cannot be ruled out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>As held</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>constituency</name>
    <message>
        <source>{name}, {seats} list {seats:plural:seat|seats}: {won:list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{line}; district seats: {won:list}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <source>{linkage}: this explains the proportional entitlement over {seats} seats; list seats top up the district seats to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single count to explain: each constituency is counted apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single count to explain: a one-person list was capped at one seat and the rest shared again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party&apos;s seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact quotient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie at the cut-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes / quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remainder (votes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats in the house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple majority (seats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-thirds majority (seats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest party&apos;s seats (with affiliated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gallagher index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loosemore-Hanby index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective number of parties (votes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective number of parties (seats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sits with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(declared total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constituencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold base (votes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overhang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointed seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} list {n:plural:seat|seats} by {method}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the threshold, not sharing in the list seats: {parties:list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No list seats to explain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each party first receives {n} {n:plural:seat|seats} without a quotient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last row is the highest quotient that won no seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota: {votes} / {per} = {exact} ≈ {quota:dec3} votes a seat ({votes} qualifying votes, {seats} {seats:plural:seat|seats}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota: {exact} ≈ {quota:dec3} votes a seat ({votes} qualifying votes, {seats} {seats:plural:seat|seats}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{whole} {whole:plural:seat|seats} by whole quotas; the {left} left over go to the largest remainders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} {n:plural:seat|seats}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>CSV table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, one row per party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (the compute --format json object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook: results, party votes, districts, rules, explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as SVG vector drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parliament chart as a vector SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cm:dec1} cm wide at {dpi} dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parliament chart as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF report: rules, chart, results, threshold test, explanation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headline</name>
    <message>
        <source>No seats allocated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{party} holds {held}: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seats} of {house} seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seats} of {house} seats ({own} + {affiliated} self-nominated sitting with it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a two-thirds majority ({needed} needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a simple majority ({needed} needed), {short} short of two thirds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no majority alone: {short} short of {needed}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>{parties} {parties:plural:party|parties}{districts}{summed}; {votes} party votes; {counted} of {read} rows counted{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {n} {n:plural:district|districts} with candidate votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {n} {n:plural:district or station|districts or stations}, summed into the national votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {n} {n:plural:problem|problems} listed (rows not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; every row was read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkage</name>
    <message>
        <source>Additional member: each region&apos;s list seats by the divisor sequence, the district seats won in the region counted first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional member (Scotland, Wales)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensatory: list seats top up district seats to a proportional share of the whole house; overhang seats are kept (the house grows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensatory: list seats top up district seats to a proportional share of the whole house; the house grows until every party is proportional (levelling).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensatory: list seats top up district seats to a proportional share of the whole house; district winners beyond the entitlement are not seated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensatory MMP (New Zealand, Germany)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep overhang: the house grows (New Zealand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level: the house grows until proportional (Germany 2013-21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop uncovered district winners (Germany 2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel: the list tier by constituency, independent of the district tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel: the tiers are independent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel (tiers independent: Kazakhstan, Russia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlement: {items:list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{party} {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{party} +{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The house: {base} seats by law, {total} after the overhang rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{party} won {won} district {won:plural:seat|seats}, entitled to {entitlement}: {n} overhang {n:plural:seat|seats}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levelling seats: {items:list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{party}: {n} district {n:plural:winner|winners} not seated (beyond its entitlement of {entitlement}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{party}: {n} district {n:plural:winner|winners} not seated (the party did not qualify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seated: {candidate} ({party}, {district}, {share:pct} of the district&apos;s votes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seated: {n} of {party}&apos;s winners known only from declared totals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>method</name>
    <message>
        <source>D&apos;Hondt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&apos;Hondt (Jefferson), divisors 1, 2, 3, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favours larger parties; Spain, Portugal, Belgium, Finland.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sainte-Laguë</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sainte-Laguë (Webster), divisors 1, 3, 5, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First divisor configurable: Norway 1.4, Sweden 1.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huntington-Hill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huntington-Hill (equal proportions), divisors √(n(n+1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US House apportionment since 1941; every unit with votes gets a seat first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adams (smallest divisors), divisors 0, 1, 2, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favours small units; every unit with votes gets a seat first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danish, divisors 1, 4, 7, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for Denmark&apos;s supplementary seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imperiali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imperiali, divisors 2, 3, 4, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belgian municipal elections; strongly favours large parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hare quota (votes/seats), largest remainder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan, Russia; neutral between large and small parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Droop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Droop quota (⌊votes/(seats+1)⌋+1), largest remainder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integer Droop quota; Ireland, South Africa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hagenbach-Bischoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hagenbach-Bischoff quota (votes/(seats+1)), largest remainder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can fill one seat too many when every remainder is zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imperiali quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imperiali quota (votes/(seats+2)), largest remainder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italy 1946-1993; can fill more seats than exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{method}, first divisor {divisor:num}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{method}, at least {n} {n:plural:seat|seats} each</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>New scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constituency {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>note</name>
    <message>
        <source>The count by {method} filled {over} {over:plural:seat|seats} more than exist; it was redone with {fallback}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{constituency}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>refusal</name>
    <message>
        <source>the {suffix} format takes no {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected zero or more seats, got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown export format {suffix} (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key {key} appears twice in one object (which one is meant cannot be told)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a number a count can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than the limit of {limit} characters for a scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON ({why} at line {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a scenario (JSON nested too deeply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a field this version of SeatCalc knows (docs/format.md); a file from a newer version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list, got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entries, more than the limit of {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a non-negative integer, got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} is more than the limit of {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text, got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} characters, more than the limit of {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a control character: {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of {allowed}; got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such built-in scenario (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such template (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} is the input file; writing there would destroy it (choose another name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a language code such as ru or kk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why}; type digits, e.g. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>votes cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a party needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a colour as #rrggbb, got &apos;{got}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scenario needs at least one party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is still named in district results or constituency votes ({n}); change those first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no party &apos;{got}&apos;; type a party&apos;s name or id, or leave empty for self-nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that makes {filled} district seats but the tier has {seats}; raise the district seats in the rules first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a compensatory (MMP) system shares its entitlement nationwide; choose the parallel or additional member system to use constituencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a constituency needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number of seats, got &apos;{got}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list tier needs at least one constituency; to count it nationwide, untick &quot;Use constituencies&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>district seats lie in {name} ({n}); move them to another region first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list tier is counted nationwide; tick &quot;Use constituencies&quot; first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number of votes, got an empty cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number &apos;{got}&apos; is too large to be a count of votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number of votes, got &apos;{got}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected {low} to {high}, got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected WIDTHxHEIGHT such as 1400x900, got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the screenshot is a PNG; give a .png file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} is outside 1 to {limit} pixels a side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two columns are marked &apos;{role}&apos;: &apos;{first}&apos; and &apos;{second}&apos;; keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table has either a party column and a votes column, or one column per party; not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark a party (or candidate) column and a votes column, or the columns that hold each party&apos;s votes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the list seats were allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report made with SeatCalc {version} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no sources given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share: of {base}. Seats count a party&apos;s own nominees; (+n): self-nominated district winners who sit with it. Seat share: of the elected seats, by nominating party (as the indices).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} {n:plural:seat|seats}, {method}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided in favour of {rule}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} {n:plural:seat|seats} in single-member districts, {rule}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} {n:plural:seat|seats} ({bodies}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} party votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} against all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} invalid ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denominator ({base}): {sum} = {total} votes. The test compares whole numbers (votes × 100 against percent × denominator), never rounded shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House: {house} {house:plural:seat|seats}. Simple majority: {simple} {simple:plural:seat|seats}; two-thirds majority: {two_thirds} {two_thirds:plural:seat|seats}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gallagher least-squares index {gallagher:dec2}; Loosemore-Hanby index {lh:dec2}; effective number of parties {votes:dec2} by votes and {seats:dec2} by seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote shares over all parties&apos; votes, seat shares over the elected seats; independent winners count as one-seat units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first {shown} of {n} rows; the XLSX export has them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ties and no warnings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>party votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid votes (party votes + against all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all ballots cast (valid + invalid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the party with more votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the party registered earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawing lots (seeded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on each party&apos;s national votes (the sum over constituencies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in each constituency separately, on its own votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plurality: the candidate with the most votes wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order of the listing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seat_table</name>
    <message>
        <source>Constituency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District + list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next in line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{party} held {n} {n:plural:seat|seats} here; its quotient votes / divisor was {q}, the first left without a seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{party} did not qualify for the list seats of {constituency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{party} in {region}: {district} district {district:plural:seat|seats} + {listed} list {listed:plural:seat|seats}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{party}: {n} {n:plural:seat|seats} in all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simulate</name>
    <message>
        <source>Seats count by nominating party; majorities count seats with affiliated members, more than half of the house (simple majority of {house}: {simple}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{linkage}: every run allocated exactly, one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scenario with one-person lists (capped at one seat): every run allocated exactly, one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo: {runs} runs, error sd {sd:num} points, seed {seed:raw}; house {house} seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any single party with a majority: {p:pct1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coalitions (chance of a majority; of one needing every member):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {parties}: {p:pct1}; {minimal:pct1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>table</name>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats with affiliated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independents (self-nominated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (appointed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>threshold</name>
    <message>
        <source>exempt from the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share:pct} ≥ {limit:pctv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share:pct} &gt; {limit:pctv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share:pct} &lt; {limit:pctv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share:pct} ≤ {limit:pctv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>won {seats} district {seats:plural:seat|seats} (needs {needed}) although {share:pct} &lt; {limit:pctv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed in {passed} of {total} constituencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{limit:pctv} of {base}, at least (exactly at the threshold passes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{limit:pctv} of {base}, more than (exactly at the threshold fails)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule}, or {n} district {n:plural:seat|seats} won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule}, {scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tie</name>
    <message>
        <source>{tier}: a tie for {seats} {seats:plural:seat|seats} between {contenders:list}, resolved by {rule} in favour of {winners:list}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tier</name>
    <message>
        <source>list tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constituency {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>district {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entitlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unseating {party}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warning</name>
    <message>
        <source>No party passed the threshold: the list seats stay empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No party passed the threshold: only district seats are filled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{constituency}: no party passed the threshold; its {seats} list {seats:plural:seat stays|seats stay} empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levelling with {method} took a seat from a party as the house grew (a quota method is not house-monotone): its levelling seats are negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{party}: {n} district {n:plural:winner|winners} known only from declared totals {n:plural:is|are} not seated; which cannot be told without district results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party votes differ from the sum of their constituency votes, which is used: {details:list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{party} {given} vs {summed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a field &quot;{field}&quot; this version of SeatCalc does not know: it is kept when saving, not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{missing} of {seats} district seats have no result (neither district votes nor declared totals): left empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
