using Deliberations.Core.Parsing;
using Deliberations.Web.Data;
using Deliberations.Web.Data.Sqlite;

namespace Deliberations.Web.Tests.Data;

public class SearchSnippetTests
{
    private static string Snippet(string text, string query) => SearchSnippet.Build(text, SearchWords.TermsOf(query)!);

    [Fact]
    public void Words_are_marked_whatever_their_accents_and_case()
    {
        var snippet = Snippet("La MÉTROPOLE attribue une subvention à l'Énergie partagée.", "metropole energie");

        Assert.Contains("<mark>MÉTROPOLE</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>Énergie</mark>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_word_marks_the_words_it_begins_and_the_others_only_whole_words()
    {
        var snippet = Snippet("Une subvention, deux subventions ; des conventions et une convention.", "convention subv");

        Assert.Contains("<mark>subvention</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>subventions</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>convention</mark>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>conventions</mark>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void The_passage_is_where_the_words_stand_together_with_ellipses_where_text_was_cut()
    {
        var filler = string.Join(' ', Enumerable.Repeat("rapport", 60));
        var text = $"{filler} danse seule. {filler} La Biennale de la danse revient. {filler}";

        var snippet = Snippet(text, "Biennale danse");

        Assert.StartsWith("… ", snippet, StringComparison.Ordinal);
        Assert.EndsWith(" …", snippet, StringComparison.Ordinal);
        Assert.Contains("La <mark>Biennale</mark> de la <mark>danse</mark> revient.", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("seule", snippet, StringComparison.Ordinal);
        Assert.Equal(SearchSnippet.Length, snippet.Split(' ').Count(w => w.Any(char.IsLetter)));
    }

    [Fact]
    public void The_text_is_encoded_and_set_on_one_line()
    {
        var snippet = Snippet("Objet :\r\n  <b>subvention</b> & « aide »", "subvention");

        Assert.Equal("Objet : &lt;b&gt;<mark>subvention</mark>&lt;/b&gt; &amp; « aide »", snippet);
    }

    [Fact]
    public void The_marks_of_Markdown_headings_and_tables_are_left_out()
    {
        var snippet = Snippet("## 2° - Subvention\n\n| **Association** | 3 000 € |", "subvention association");

        Assert.Equal("2° - <mark>Subvention</mark> <mark>Association</mark> 3 000 €", snippet);
    }

    [Fact]
    public void A_text_without_the_words_shows_its_beginning()
    {
        var snippet = Snippet("Vu le rapport du Président, le conseil délibère.", "Martin");

        Assert.Equal("Vu le rapport du Président, le conseil délibère.", snippet);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uD800\uDFFF\uFFFF subvention \uD83D")]
    [InlineData("ﬁnances ǅemal İstanbul subvention")]
    public void Any_text_gives_a_snippet(string text) => Assert.NotNull(Snippet(text, "subvention"));

    [Fact]
    public void Folding_agrees_with_French_Fold_on_every_unit_and_keeps_positions()
    {
        var source = new string([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)]);

        var folded = SearchSnippet.Fold(source);

        Assert.Equal(source.Length, folded.Length);
        for (var i = 0; i < source.Length; i++)
        {
            var one = source[i];
            var expected = char.IsLetter(one) && French.Fold(one.ToString()) is { Length: 1 } f ? f[0] : char.ToLowerInvariant(one);
            Assert.True(expected == folded[i], $"U+{(int)one:X4}: expected U+{(int)expected:X4}, got U+{(int)folded[i]:X4}");
        }
    }

    [Fact]
    public void A_word_found_many_times_is_marked_each_time_in_the_passage()
    {
        var snippet = Snippet("Voirie, voirie et VOIRIE : la voirie.", "voirie");

        Assert.Equal("<mark>Voirie</mark>, <mark>voirie</mark> et <mark>VOIRIE</mark> : la <mark>voirie</mark>.", snippet);
    }

    [Fact]
    public void A_query_of_more_words_than_a_passage_can_weigh_still_marks_them()
    {
        // One dotted token of 78 words: more terms than the 64 bits the passage choice counts in.
        var letters = string.Join('.', Enumerable.Range(0, 78).Select(i => $"{(char)('a' + (i % 26))}{i / 26}"));

        var snippet = Snippet("Rapport : a0 b0 c0 et z2 en fin.", letters);

        Assert.Contains("<mark>a0</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>z2</mark>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_passage_deep_in_a_long_text_is_the_one_holding_every_word()
    {
        var filler = string.Join(' ', Enumerable.Repeat("délibération", 2000));
        var text = $"La danse. {filler} La Biennale seule. {filler} La Biennale de la danse revient. {filler}";

        var snippet = Snippet(text, "Biennale danse");

        Assert.Contains("La <mark>Biennale</mark> de la <mark>danse</mark> revient.", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_found_more_often_than_weighed_but_never_together_give_the_first_match()
    {
        // Each word past the 64 matches weighed, far from the other, in a text longer than what is read of it.
        var filler = string.Join(' ', Enumerable.Repeat("rapport", 400));
        var text = $"Une {string.Join(' ', Enumerable.Repeat("subvention", 100))} {filler} {string.Join(' ', Enumerable.Repeat("convention", 100))} {filler} {filler}";

        var snippet = Snippet(text, "subvention convention");

        Assert.StartsWith("Une <mark>subvention</mark> <mark>subvention</mark>", snippet, StringComparison.Ordinal);
    }
}
