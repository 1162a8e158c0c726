using System.Diagnostics;
using Mosaic.Connectors;
using Mosaic.Domain;
using Mosaic.Permissions;
using Mosaic.Retrieval;
using Mosaic.Store;

namespace Mosaic.Ingestion;

/// Imports a personal source (mail, calendar, notes) into its owner's personal slice, one file per transaction.
/// Senders, recipients and attendees are linked to known people where possible; links learned from the owner's
/// data stay visible to the owner alone. Safe to run again: unchanged items are skipped.
public sealed class PersonalImporter(IContentStore store, IDirectory directory)
{
    public async Task<ImportReport> ImportAsync(IPersonalConnector connector, string path, string owner, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var person = await new NameResolver(directory).PersonAsync(owner, ct);
        var run = new Run(connector.Name, person, new IdentityResolver(await directory.ListPeopleAsync(person.Id, ct)), Path.GetFullPath(path));

        var problems = new List<ImportProblem>();
        var totals = WriteResult.Empty;
        int read = 0, failed = 0;
        await foreach (var unit in connector.ReadAsync(path, ct))
        {
            problems.AddRange(unit.Problems);
            if (unit.Items.Count == 0 && unit.Problems.Any(p => p.IsError))
            {
                failed++;
            }
            else
            {
                read++;
                totals = totals.Add(await store.WriteAsync(run.Batch(unit), ct));
            }

            progress?.Report(new ImportProgress(read + failed, 0, totals.ItemsAdded + totals.ItemsUpdated + totals.ItemsUnchanged, unit.File));
        }

        if (read + failed == 0)
        {
            problems.Add(new ImportProblem(path, null, $"no {connector.Name} files found here", IsError: false));
        }

        return new ImportReport(totals, read, failed, problems, clock.Elapsed);
    }

    private sealed class Run(string source, Person owner, IdentityResolver resolver, string label)
    {
        private readonly PersonRef _owner = PersonRef.Mosaic(owner.Id);

        // Item ids carry a key of the owner that survives a rebuilt database: their Slack id when they have one.
        private readonly string _ownerKey = owner.Identities.FirstOrDefault(i => i.Kind == IdentityKind.SlackId && i.OwnerId is null)?.Value ?? $"p{owner.Id}";

        public ImportBatch Batch(SourceUnit unit)
        {
            var links = new Dictionary<(long, string), IdentityLink>();
            var items = unit.Items.Select(item => Record(item, links)).ToList();
            return ImportBatch.OfItems(unit.File, [], [], items) with
            {
                Source = new PersonalSourceRecord(source, _owner, label),
                Links = links.Values.ToList(),
            };
        }

        private ItemRecord Record(SourceItem item, Dictionary<(long, string), IdentityLink> links)
        {
            PersonRef? author = null;
            string? authorLabel = null;
            if (item.From is { } from)
            {
                author = Link(from, links);
                authorLabel = author is null ? Label(from) : null;
            }
            else if (source == "notes")
            {
                author = _owner;
            }

            var people = item.People
                .Select(a => (Person: Link(a, links), a.Role))
                .Where(x => x.Person is not null)
                .Select(x => new ItemPerson(x.Person!.Value, x.Role))
                .Distinct()
                .ToList();

            return new ItemRecord(
                source, $"{_ownerKey}/{item.NativeId}", item.Ref, Scope.Personal(_owner), author, item.Timestamp, item.ThreadRef,
                source, item.Text, Indexed: item.Text.Length > 0, item.Files, new Dictionary<string, int>(), 0, null)
            {
                AuthorLabel = authorLabel,
                Title = item.Title,
                People = people,
            };
        }

        /// The person an address belongs to, if one is known; a link made by name (or by a private address) is
        /// remembered for the owner alone.
        private PersonRef? Link(SourceAddress address, Dictionary<(long, string), IdentityLink> links)
        {
            if (resolver.Resolve(address) is not { } match)
            {
                return null;
            }

            var person = PersonRef.Mosaic(match.Person.Id);
            if (match.Origin == "name" && address.Email is { Length: > 0 } email)
            {
                links[(match.Person.Id, email.ToLowerInvariant())] = new IdentityLink(
                    person, new Identity(IdentityKind.Email, email) { Origin = "name", Confidence = match.Confidence }, _owner);
            }

            return person;
        }

        private static string Label(SourceAddress address) => (address.Name, address.Email) switch
        {
            ({ Length: > 0 } name, { Length: > 0 } email) => $"{name} <{email}>",
            ({ Length: > 0 } name, _) => name,
            (_, { Length: > 0 } email) => email,
            _ => "(unknown)",
        };
    }
}
