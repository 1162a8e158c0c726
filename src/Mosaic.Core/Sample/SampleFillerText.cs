namespace Mosaic.Sample;

/// Phrase banks for filler messages. Placeholders in braces are filled per message by SampleFiller;
/// "A ## B ## C" is a root with its own answers B and C, and a reply starting with '^' is one only the
/// root's author would write.
/// The banks deliberately reuse storyline vocabulary (payments, release, furnace, staging, swap)
/// without ever stating an owner, a decision or a definition, so they distract without contradicting.
internal static class SampleFillerText
{
    public static readonly string[] Features =
    [
        "shift swaps", "the availability calendar", "CSV export", "clinic onboarding", "push notifications", "offline mode",
        "the billing page", "time-off requests", "overtime rules", "the manager dashboard", "the week view", "the swap sheet",
        "SSO login", "invoice emails", "the staff directory", "rota publishing",
    ];

    public static readonly string[] Services =
    [
        "payments service", "notifications service", "scheduling API", "shift-swap worker", "auth service", "reporting service",
        "sync service", "web app",
    ];

    public static readonly string[] Repos = ["harbor-api", "harbor-web", "harbor-mobile"];

    public static readonly string[] Clinics =
    [
        "St. Aurelia", "Northgate Health", "Riverside Care", "Elm Park Clinic", "Lakeside Medical", "Klinikum Weser", "Harbourview Hospital",
    ];

    public static readonly string[] Emoji = [":tada:", ":rocket:", ":+1:", ":eyes:", ":white_check_mark:", ":raised_hands:", ":sparkles:", ":100:", ":muscle:"];

    public static readonly string[] ReactionNames = ["+1", "eyes", "white_check_mark", "tada", "joy", "heart", "pray", "rocket", "100", "raised_hands", "fire", "clap"];

    public static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

    public static readonly string[] Topics =
    [
        "feature flags", "writing good bug reports", "Postgres indexes", "accessibility basics", "how the furnace works inside",
        "offline sync on mobile", "reading flame graphs", "interviewing ward managers",
    ];

    public static readonly string[] WikiPages =
    [
        "onboarding", "local-setup", "release-branch", "test-data", "api-conventions", "on-call-handbook", "design-principles", "glossary",
    ];

    public static readonly string[] DevReview =
    [
        "PR for {myticket} is up: {pr}. Mostly {feature} changes plus tests, could someone review?",
        "{who} could you take a look at {pr} when you have a minute? It's the {service} part of {myticket}.",
        "Small one: {pr} fixes the time zone label on {feature}. :pray:",
        "Opened {pr} to bump the {service} dependencies. CI is green, nothing exciting.",
        "Review request: {pr} ({myticket}). Two commits, the second one is just renames.",
        "{pr} is ready for another round, I addressed all comments on {myticket}.",
        "Draft PR for {myticket}: {pr}. Not ready to merge, but I'd like early eyes on the approach.",
        "Could I get a second approval on {pr}? It blocks {ticket}.",
        "Rebased {pr} on main, conflicts in the {service} were nasty but it's green now.",
    ];

    public static readonly string[] DevQuestion =
    [
        "Does anyone remember why the {service} retries 5 times before giving up? Looks excessive. ## I think it was for the {provider} sandbox, which was flaky back then. ## It was a workaround for timeouts last spring, happy to lower it.",
        "Quick question: should {feature} use the clinic's time zone or the user's? Asking for {myticket}. ## The clinic's time zone, always. People travel, rotas don't. ## Clinic time zone. The user's only for display in notifications.",
        "Is staging down for anyone else? {feature} returns 502 for me. ## Works for me, maybe your VPN? ## It was redeploying, try again now.",
        "Where do we keep the fixtures for {feature} tests? I can't find a rota with night shifts. ## They're in `test/fixtures/rotas`, the night shift one is `rota_nights.json`.",
        "How are we handling {provider} webhooks in local dev, ngrok or their CLI? ## We use the CLI, ngrok kept changing URLs.",
        "Does the {service} have a health endpoint I can hit from the mobile app? ## Every service has `/healthz`, but the app should use the API status endpoint instead.",
        "Do we still need the legacy export endpoint, or can I remove it as part of {myticket}? ## Go ahead and remove it, nothing calls it anymore. ## Keep it until the old Android app is gone, it still calls it.",
        "What's the convention for feature flags in the {service}, env var or the flags table? ## Flags table. Env vars are only for secrets.",
        "Is {datelib} already in the web bundle, or do I need to add it for {feature}? ## Already in the bundle, just import it.",
        "Why do shift swaps get a 409 on staging early in the morning? Something to do with the furnace lock? ## Probably, swaps are locked while the rebuild runs and it starts later on staging. ## Check the lock table, I bet it's the furnace again.",
        "Can someone explain how the {service} talks to the payments service? Sync call or queue? ## It's a queue, with retries. ## Queue. There's a diagram in <https://harbor.example/wiki/api-conventions|API conventions>.",
        "Anyone know the staging password for the {clinic} test admin? The wiki page is out of date. ## Sent it to you in a DM. ## It's in the shared vault under Staging.",
        "Has anyone profiled {feature} with a big clinic yet? It feels slow with 2k staff. ## Not yet, worth a ticket. ## I did last sprint, most of the time goes into an N+1 on staff roles.",
    ];

    public static readonly string[] DevCi =
    [
        "CI is red on main: {ci}. Looks like a flaky test in the {service}, rerunning.",
        "Heads up, the {service} test suite takes {n} minutes longer since yesterday: {ci}",
        "Main is broken, a migration in {myticket} conflicts with {ticket}. On it.",
        "Flaky again: `SwapApprovalTests` timed out on {ci}. I'll quarantine it.",
        "The build cache got wiped, first builds will be slow today :turtle:",
        "Lint job fails on a fresh checkout, missing `.nvmrc` bump? {ci}",
    ];

    public static readonly string[] DevFyi =
    [
        "FYI: I'm refactoring the {service} config loading today, expect a noisy diff.",
        "Merged {myticket}, {feature} is on staging now {emoji}",
        "Heads up: the payments tests need the {provider} test keys in your `.env` now, see <https://harbor.example/wiki/local-setup|local setup>.",
        "Pairing with {who} on {feature} this afternoon, ping either of us if you need something.",
        "Reminder: DB migrations need a down step too, reviewers please check for it.",
        "Staging data was reset this morning, log in again with the test accounts.",
        "p95 for the {service} dropped by {pct}% after {ticket} :chart_with_downwards_trend:",
        "TIL Postgres ignores the index on shifts if you cast starts_at in the where clause. Fixed in {myticket}.",
        "The furnace finished late on staging again, probably the big test clinic. Not touching it today.",
        "Deleted {n} stale branches older than 30 days :broom:",
        "New endpoint for {feature} is documented here: <https://harbor.example/wiki/api-conventions>",
        "Release notes need your tickets by Wednesday, {who} is collecting them.",
        "Bumped {datelib} to the latest minor, no API changes.",
    ];

    public static readonly string[] DevBug =
    [
        "Found a bug in {feature}: overnight shifts crossing midnight show up on the wrong day. Filing it.",
        "Bug: {feature} ignores the clinic's week start. Probably related to {ticket}.",
        "Seeing duplicate push notifications for swap approvals on Android, did anyone touch the notifications service lately?",
        "Rate limiting kicks in way too early for the {clinic} test clinic, we return 429 after a few hundred requests.",
        "The billing page shows prices without VAT for Dutch clinics. Is that {ticket}?",
        "Swap requests for part-time staff end up &gt; 40h/week in the overtime check, looks like rounding.",
        "Invoice emails render `&lt;br&gt;` literally in Outlook :facepalm:",
    ];

    public static readonly string[] DevReviewReplies =
    [
        "Looking :eyes:", "LGTM :shipit:", "Approved, one nit about naming.", "Left a few comments, mostly small.",
        "Can you add a test for the empty rota case?", "Nice, much cleaner than before.",
        "I'd keep the old endpoint one more release, older app versions still call it.", "Approved. Merge when CI is green.",
        "Is this behind a flag? Otherwise I'd wait until after the branch cut.", "Reviewed, the migration looks fine :+1:", "On it after standup.",
        "^Thanks, fixed!", "^Addressed the comments, please take another look.", "^Merged, thanks!", "^Good catch, added a test.",
    ];

    public static readonly string[] DevQuestionReplies =
    [
        "Good question, {name} would know more.", "I had the same question last week :sweat_smile:", "Could we add that to the wiki?",
        "^Thanks!", "^Makes sense, thanks.", "^Got it.", "^Ah, that explains it.",
    ];

    public static readonly string[] DevCiReplies =
    [
        "Same failure on my branch.", "That test has been flaky since {ticket}, we should fix it properly.", "I'll take a look after lunch.",
        "Probably the shared Postgres container running out of connections.", "Should be fixed by {pr}.",
        "^Green again :white_check_mark:", "^Thanks!",
    ];

    public static readonly string[] AckReplies =
    [
        "{emoji}", "Thanks for the heads up!", "Nice :tada:", ":+1:", "Good to know.", "Noted.", "Finally :raised_hands:",
    ];

    public static readonly string[] DevBugReplies =
    [
        "Can you file it with repro steps?", "I can reproduce it on staging.", "Probably mine, I'll look.",
        "Is that on production or only staging?", "Could be the DST change again.", "Adding it to the sprint board.", "Screenshot please? :pray:",
        "^Filed as {ticket}.", "^Only staging so far.", "^Thanks!",
    ];

    public static readonly string[] DesignRoots =
    [
        "New mockups for {feature}: {figma}. Feedback welcome before {weekday}.",
        "Ran a usability session with a ward manager from {clinic} today. Main takeaway: {feature} needs fewer taps.",
        "Question for engineering: can we show live updates on {feature}, or do we poll? ## Polling every 30s is fine for now. ## Live updates are feasible, but not this sprint.",
        "Updated the colour tokens, the pending badge now passes contrast on white {emoji} ## Much better, thanks!",
        "Strong opinions on empty states for {feature}? Three options in {figma}. ## Option B, it's clearer. ## The second one, the illustration is lovely.",
        "Dark mode tweaks for the rota view are in {figma}.",
        "Copy question: 'swap' or 'exchange' for shift swaps? UK clinics say swap, the German ones say Tausch. ## Swap. Keep it simple. ## Swap, and we translate it per locale anyway.",
        "Flow for {feature} on mobile, happy path only for now: {figma}",
        "Design review on {weekday} at 14:00 Berlin. Agenda: {feature} and the lighthouse filters.",
        "Accessibility pass on {feature}: the focus order was broken, fixed in the file.",
        "Exploring a compact density for the week view, managers with 60+ staff keep asking for it. ## Love the compact density {emoji}",
        "Illustrations for the empty rota state are done, thoughts?",
        "Heatmap colours on the lighthouse are too close for colour-blind users, trying a new palette. ## Maybe add patterns as well as colour?",
    ];

    public static readonly string[] DesignReplies =
    [
        "Looks great!", "Left comments in Figma.", "Can we build this with existing components?", "Tap targets look small on the Android mockup.",
        "+1, ship it :shipit:", "Could we test this with {clinic}?", "What happens with very long names?", "How does it look on a small phone?",
        "^Good point, I'll check.", "^Thanks! Updated the file.", "^Noted, will try that.",
    ];

    public static readonly string[] GeneralRoots =
    [
        "Reminder: please fill in your timesheets by Friday :clock3:",
        "Lunch &amp; learn on {weekday}: {name} talks about {topic}. Bring questions! ## Will it be recorded? ## Looking forward to it {emoji}",
        "Customer call with {clinic} went well, they want {feature} sooner rather than later. ## Great news! ## Nice! Which part did they like most?",
        "The office Wi-Fi will be down {weekday} evening for maintenance.",
        "Sales update: {n} new clinics signed this month, {clinic} among them :tada: ## Congrats team! ## Great news :tada:",
        "Q&amp;A with the founders is on {weekday}, questions go in <https://harbor.example/wiki/founders-qa|the doc>.",
        "Please put your working hours in your Slack profile, it helps across three time zones. ## Done :white_check_mark:",
        "Shoutout to {who} for jumping on that {feature} bug yesterday :raised_hands: ## :clap: well deserved",
        "Reminder: all-hands is on {weekday} at 16:00 Berlin time.",
        "The release notes draft is in <https://harbor.example/wiki/release-notes|release notes>, comments welcome. ## Checked, my tickets are in.",
        "Support volume is up {pct}% this week, mostly questions about {feature}. ## Is that since the last release?",
        "New blog post about how clinics use shift swaps: <https://harbor.example/blog/shift-swaps> ## Nice write-up!",
        "Who's around on {weekday}? Thinking of a team lunch. ## Count me in. ## I'm remote that day, next time!",
    ];

    public static readonly string[] GeneralReplies =
    [
        ":+1:", "Thanks!", "Noted, thanks.", "Will do.",
        "^:pray:", "^Thanks all!",
    ];

    public static readonly string[] RandomRoots =
    [
        "Anyone up for lunch at the ramen place? ## Count me in! ## Not today, deadline :sweat:",
        "The coffee machine on the 3rd floor works again :coffee: ## Finally :raised_hands:",
        "What's everyone listening to today? ## Lo-fi beats, as always. ## A podcast about hospital logistics, nerd that I am.",
        "Weekend plans? I'm going hiking if the weather holds. ## Enjoy! ## Sleeping in :sleeping:",
        "My cat walked over the keyboard and opened 14 tabs :cat: ## :joy:",
        "Book recommendations? I need something for the train. ## 'Project Hail Mary', couldn't put it down.",
        "Look at this sunrise from my window :sunrise: ## Gorgeous!",
        "Who else has back-to-back meetings all afternoon? :sweat_smile: ## Same here :weary:",
        "Happy {weekday} everyone!",
        "Cricket tonight, don't schedule anything :cricket_bat_and_ball: ## Who are you backing?",
        "TIL there's a Slack emoji for everything :llama:",
        "Pizza Friday is back! ## Best news all week",
        "Podcast tip: an episode about how hospitals schedule nurses, oddly relevant to us. ## Ooh, send me the link",
        "Who took my favourite mug? :coffee: ## Not me :eyes:",
        "Mechanical keyboard recommendations? Mine just died. ## Anything with brown switches, your neighbours will thank you.",
        "Board game night at mine on {weekday}, three spots left. ## I'm in :raised_hands:",
        "Found a great bakery near the office :croissant: ## Which one? I need the address.",
        "Rainy day, perfect for focus work :umbrella: ## Sunny here, sorry :sunny:",
    ];

    public static readonly string[] RandomReplies =
    [
        ":joy:", "haha", "+1", "Classic.", "Love it", ":heart:", "Jealous :sweat_smile:",
        "^:joy:", "^right?!",
    ];

    public static readonly string[] IncidentRoots =
    [
        "p95 latency on the {service} is above {ms}ms for 10 minutes. Looking. ## Seems to be recovering. ## Resolved, it was a noisy neighbour on the DB host.",
        "Error rate on the {service} spiked to {pct}% around {hhmm} UTC, investigating. ## Rolled back the last deploy, error rate is back to normal. ## Bad config push, reverted.",
        "Staging database is at 90% disk, cleaning up old snapshots. ## Down to 60% now.",
        "Sentry: new error in {feature} on Android, NullPointerException in the rota adapter. {n} users affected. ## Probably mine, fix incoming. Filed {ticket}.",
        "{clinic} reports that {feature} is slow this morning. ## It was a slow report query, killed it. Customer informed :white_check_mark:",
        "The furnace on staging finished {n}0 minutes later than usual, no failures. Keeping an eye on it. ## The staging clinics got bigger yesterday, probably just that.",
        "{provider} webhooks are being retried, our endpoint returned 500 for a few minutes. ## Retries went through, nothing lost.",
        "The status page certificate expires in {n} days, renewing. ## Renewed :white_check_mark:",
        "Login failures from {clinic}: SSO misconfiguration on their side, talking to their IT. ## Their IT fixed the certificate, logins work again.",
        "Queue depth on the shift-swap worker is growing, {n}k messages. Watching. ## Draining again, it was a slow consumer after the deploy.",
    ];

    public static readonly string[] IncidentReplies =
    [
        "Looking too.", "Thanks for catching it!", "Filed {ticket} to follow up.", "Graphs look normal again.",
        "^Thanks!", "^I'll write a short summary.", "^Closing this, all good now.",
    ];

    public static readonly string[] ReleaseRoots =
    [
        "QA sign-off for {version}: regression checks passed :white_check_mark: ## :rocket: thanks {op}!",
        "Release notes for {version} are in the wiki, please check your tickets are listed. ## Checked, mine are listed.",
        "Holding the production deploy for 30 minutes, waiting on {ticket}. ## Merged just now, go ahead.",
        "Smoke tests on production passed for {version}. ## :tada:",
        "Heads up: {ticket} missed the train, it goes out with the next release. ## Thanks for the heads up.",
        "Mobile builds for {version} are in TestFlight and the Play internal track. ## Installing now.",
    ];

    public static readonly string[] ReleaseReplies =
    [
        ":rocket:", ":+1:", "Thanks {op}!",
        "^:pray:",
    ];

    public static readonly string[] LeadershipRoots =
    [
        "Pipeline for the backend role: {n} candidates in, two on-sites next week.",
        "Board deck draft is in the drive, please review the hiring slide.",
        "{clinic} asked about a discount for multi-site contracts. Thoughts?",
        "Team health check: morale good, workload high. Let's talk about it before the retro.",
        "{name} and I looked at the infra bill, it's up {pct}% because of the staging clusters.",
        "Performance reviews start in December, I'll share the template.",
        "Churn risk: one clinic is unhappy with support response times.",
        "Should the offsite agenda include a 2.0 retrospective?",
        "Sales wants a demo environment that doesn't reset every night. Worth a ticket?",
    ];

    public static readonly string[] LeadershipReplies =
    [
        "Agree.", "Let's discuss on Thursday.", "I'd say yes, with a cap.", "Makes sense.", "Good idea.", "Not before the release.",
        "^OK, let's pick it up on Thursday.", "^I'll follow up with finance.",
    ];

    public static readonly string[] DmOpeners =
    [
        "Got a minute to look at {ticket}?", "Can we move our 1:1 to {weekday}?", "Thanks for the review earlier!",
        "Are you joining the design review?", "Do you have the doc for {feature} handy?", "Quick sync after standup?",
        "Running 5 minutes late :sweat_smile:", "Did you see my comment on {pr}?", "Lunch?", "How did the {clinic} call go?",
        "Can you sanity-check my estimate for {ticket}?", "Are you around tomorrow morning?",
    ];

    public static readonly string[] DmAnswers =
    [
        "Sure, give me 10 minutes.", "Works for me.", "Anytime!", "Yes, see you there.", "Here: {wiki}", "Yep", "No worries",
        "Just replied", "Sure, 12:30?", "Good, they liked {feature}.", "Looks reasonable, maybe add a day for testing.",
        "After 3 my time works.", "Let's do it tomorrow.",
    ];

    public static readonly string[] DmClosers = ["Thanks!", ":+1:", "Perfect", "great, thanks", "ok!", ":pray:"];

    public static readonly string[] GroupLines =
    [
        "Does the new layout for {feature} work on small Android screens?", "Exported the new {icons} icons to the shared folder.",
        "Should the web and mobile copy for {feature} match exactly?", "Can we sync on the swap sheet animation?",
        "Spacing on the shift card is 12 on web and 16 on iOS, which one wins?", "I pushed the new tokens, please pull.",
        "Haptics on swap approval: yes or no?", "Looks off on iPad, screenshot incoming",
        "Agreed", ":+1:", "Let's go with the web version.", "I'll update the Figma component.",
    ];

    public static readonly string[] StandupReplies =
    [
        "{op}, I can pair on that after lunch.", "Ping me for the review.", "Nice progress!", "Let's take the blocker offline after standup.",
        "I can help with staging.",
        "^Thanks, that would help.",
    ];

    public static readonly string[] DevYesterday =
    [
        "finished {myticket}", "worked on {myticket} ({feature})", "reviewed {name}'s PR for {ticket}", "paired with {name} on {feature}",
        "fixed flaky tests in the {service}", "chased a bug in {feature}", "wrote the migration for {myticket}", "got {myticket} through review",
    ];

    public static readonly string[] DevToday =
    [
        "continue {myticket}", "start {myticket}", "tests for {myticket}", "pair with {name} on {feature}", "review queue, then {myticket}",
        "look into the {service} latency",
    ];

    public static readonly string[] QaYesterday =
    [
        "regression pass on {feature}", "verified {ticket} on staging", "wrote test cases for {ticket}", "exploratory testing of {feature} on Android",
        "updated the regression checklist",
    ];

    public static readonly string[] QaToday = ["verify {ticket} and {ticket}", "test {feature} on iOS", "automate a smoke test for {feature}", "bug bash prep"];

    public static readonly string[] DesignYesterday =
    [
        "iterations on {feature} mockups", "usability session with {clinic}", "updated the design system tokens", "handoff notes for {ticket}",
    ];

    public static readonly string[] DesignToday = ["{feature} flows for mobile", "review {ticket} on staging with {name}", "prep for design review"];

    public static readonly string[] PoYesterday =
    [
        "backlog refinement for {feature}", "call with {clinic}", "acceptance criteria for {ticket}", "roadmap update",
    ];

    public static readonly string[] PoToday = ["stakeholder sync", "refine {feature} stories", "sprint review prep", "talk to sales about {feature}"];

    public static readonly string[] SmYesterday = ["sprint board cleanup", "1:1s", "retro prep", "synced with {name} on blockers"];

    public static readonly string[] SmToday = ["planning prep", "follow up on the {ticket} blocker", "update the burndown", "team health check survey"];

    public static readonly string[] Blockers =
    [
        "waiting on review for {myticket}", "staging is slow", "need design input on {feature}", "waiting for {provider} sandbox access",
    ];

    public static readonly string[] SprintGoals =
    [
        "shift swap requests end to end on web", "swap approvals on mobile", "billing page behind a flag", "offline mode read-only",
        "stabilise shift swaps for the pilot", "Adyen checkout on staging", "Adyen payments working end to end in staging", "2.0 hardening and pilot prep",
    ];

    public static readonly string[] RetroAgreements =
    [
        "write acceptance criteria before refinement", "timebox code reviews to one working day", "demo on staging, not localhost",
        "rotate who runs standup", "keep the board up to date before standup", "flag blockers in the channel, not in DMs",
        "add a test for every bug we fix", "book focus time on Wednesdays",
    ];
}
