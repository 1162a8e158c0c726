using System.Text;

namespace Mosaic.Sample;

/// Writes each owner's personal sources under {directory}/personal/{username}/: mail.mbox, calendar.ics and a
/// notes/ folder of Markdown files. The notes folder is replaced, so a rerun never leaves stale notes behind.
/// Contents depend only on the draft; file times are left alone because notes carry their dates inside.
internal static class SamplePersonalWriter
{
    public static IReadOnlyList<SamplePersonalSource> Write(SampleDraft draft, string directory)
    {
        var owners = draft.Mails.Select(m => m.Owner)
            .Concat(draft.Events.Select(e => e.Owner))
            .Concat(draft.Notes.Select(n => n.Owner))
            .Distinct()
            .OrderBy(p => draft.Team.People.ToList().IndexOf(p));
        var sources = new List<SamplePersonalSource>();
        foreach (var owner in owners)
        {
            var root = Path.Combine(directory, "personal", owner.Name);
            Directory.CreateDirectory(root);

            var mbox = Path.Combine(root, "mail.mbox");
            File.WriteAllBytes(mbox, SampleMboxWriter.Write(draft.Mails.Where(m => m.Owner == owner)));
            sources.Add(new SamplePersonalSource(owner.Name, SamplePersonalKind.Mail, mbox));

            var ics = Path.Combine(root, "calendar.ics");
            File.WriteAllBytes(ics, SampleIcsWriter.Write(owner, draft.Events.Where(e => e.Owner == owner)));
            sources.Add(new SamplePersonalSource(owner.Name, SamplePersonalKind.Calendar, ics));

            var notes = Path.Combine(root, "notes");
            if (Directory.Exists(notes))
            {
                Directory.Delete(notes, recursive: true);
            }
            foreach (var note in draft.Notes.Where(n => n.Owner == owner))
            {
                var path = Path.Combine(notes, note.Path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, Encoding.UTF8.GetBytes(note.Markdown));
            }
            sources.Add(new SamplePersonalSource(owner.Name, SamplePersonalKind.Notes, notes));
        }
        return sources;
    }
}
