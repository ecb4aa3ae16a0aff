using System.ServiceModel.Syndication;
using System.Xml.Linq;
using Deliberations.Web.Features.Feeds;
using Microsoft.AspNetCore.Http;

namespace Deliberations.Web.Tests.Features.Feeds;

/// <summary>Characters XML 1.0 forbids become U+FFFD; everything XML can carry goes out as it came.</summary>
public class ValidXmlWriterTests
{
    [Theory]
    [InlineData("Délibération n° 2019-3364 : l'État")]
    [InlineData("tab\t, LF\n, CR\r")]
    [InlineData("emoji \U0001F5F3 en paire")]
    [InlineData("\uD7FF\uE000\uFFFD")]
    [InlineData("")]
    public void Text_xml_can_carry_is_left_as_it_is(string text) =>
        Assert.Same(text, ValidXmlWriter.Clean(text));

    [Theory]
    [InlineData("a\uFFFFb", "a\uFFFDb")]
    [InlineData("a\uFFFEb", "a\uFFFDb")]
    [InlineData("\u0001\u0008\u000B\u000C\u001F", "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD")]
    [InlineData("\U0001F5F3\u0000\U0001F5F3", "\U0001F5F3\uFFFD\U0001F5F3")]
    public void Each_forbidden_character_becomes_one_replacement_character(string text, string expected) =>
        Assert.Equal(expected, ValidXmlWriter.Clean(text));

    /// <summary>A fact, not a theory: xunit would pass a lone surrogate to the test as U+FFFD already.</summary>
    [Fact]
    public void A_surrogate_without_its_pair_becomes_one_replacement_character()
    {
        Assert.Equal("seule \uFFFD haute", ValidXmlWriter.Clean("seule \uD83D haute"));
        Assert.Equal("seule \uFFFD basse", ValidXmlWriter.Clean("seule \uDDF3 basse"));
        Assert.Equal("à l'envers \uFFFD\uFFFD", ValidXmlWriter.Clean("à l'envers \uDDF3\uD83D"));
        Assert.Equal("fin \uFFFD", ValidXmlWriter.Clean("fin \uD83D"));
        Assert.Equal("\uFFFD\U0001F5F3", ValidXmlWriter.Clean("\uD83D\U0001F5F3"));
    }

    [Fact]
    public async Task A_feed_full_of_forbidden_characters_is_still_well_formed_xml()
    {
        const string Bad = "x\uFFFF\uFFFE\u0001\uD800y";
        var item = new SyndicationItem("Titre " + Bad, "Résumé " + Bad, new Uri("http://localhost:5000/deliberations/1"), "id-" + Bad, DateTimeOffset.UnixEpoch);
        item.Categories.Add(new SyndicationCategory("present", null, "Présent " + Bad));
        var feed = new SyndicationFeed("Flux " + Bad, "Description " + Bad, new Uri("http://localhost:5000/"), "flux", DateTimeOffset.UnixEpoch) { Items = [item] };
        feed.Authors.Add(new SyndicationPerson { Name = "Auteur " + Bad });
        var context = new DefaultHttpContext();
        using var body = new MemoryStream();
        context.Response.Body = body;

        await new AtomResult(feed).ExecuteAsync(context);

        var xml = XDocument.Parse(System.Text.Encoding.UTF8.GetString(body.ToArray()));
        var texts = xml.Descendants().Where(e => !e.HasElements).Select(e => e.Value)
            .Concat(xml.Descendants().Attributes().Select(a => a.Value))
            .Where(v => v.Contains('x', StringComparison.Ordinal) && v.Contains('y', StringComparison.Ordinal))
            .ToList();
        Assert.Equal(7, texts.Count); // feed title, subtitle, author; entry id, title, summary, category label
        Assert.All(texts, t => Assert.EndsWith("x\uFFFD\uFFFD\uFFFD\uFFFDy", t, StringComparison.Ordinal));
    }
}
