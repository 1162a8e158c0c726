using System.Buffers;

namespace Mosaic.Sample;

/// A mailbox as mail headers and calendar invites name it: a display name and an address.
internal sealed record SampleMailAddress(string Name, string Email)
{
    private static readonly SearchValues<char> Specials = SearchValues.Create("()<>[]:;@\\,.\"");

    /// A teammate's work address, the same one users.json lists, so the importer can link the two.
    public static SampleMailAddress Work(SamplePerson person) => new(person.RealName, $"{person.Name}@{SampleTeam.Domain}");

    public string Domain => Email[(Email.IndexOf('@', StringComparison.Ordinal) + 1)..];

    /// RFC 5322 form; a name with specials such as "Dr. Shaw" is quoted.
    public string Header() => Name.AsSpan().IndexOfAny(Specials) < 0
        ? $"{Name} <{Email}>"
        : $"\"{Name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\" <{Email}>";
}
