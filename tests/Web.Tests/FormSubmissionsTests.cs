using System.Security.Claims;
using Mc2cm.Web.Components.Forms;
using Microsoft.Extensions.Time.Testing;

namespace Mc2cm.Web.Tests;

public sealed class FormSubmissionsTests
{
    private static readonly ClaimsPrincipal Person = new(new ClaimsIdentity([new Claim("sub", "tunis-focal-point")], "test"));
    private static readonly ClaimsPrincipal Other = new(new ClaimsIdentity([new Claim("sub", "sfax-focal-point")], "test"));

    [Fact]
    public async Task A_double_click_writes_once_and_both_posts_get_the_same_answer()
    {
        var submissions = new FormSubmissions(new FakeTimeProvider());
        var writes = 0;
        var release = new TaskCompletionSource();
        async Task<string> Write()
        {
            Interlocked.Increment(ref writes);
            await release.Task;
            return "/themes?created=housing";
        }

        var first = submissions.OnceAsync(Person, "abc", Write);
        var second = submissions.OnceAsync(Person, "abc", Write);
        release.SetResult();

        Assert.Equal(["/themes?created=housing", "/themes?created=housing"], await Task.WhenAll(first, second));
        Assert.Equal(1, writes);
    }

    [Fact]
    public async Task Another_person_or_another_showing_of_the_form_writes_again()
    {
        var submissions = new FormSubmissions(new FakeTimeProvider());
        var writes = 0;
        Task<int> Write() => Task.FromResult(Interlocked.Increment(ref writes));

        await submissions.OnceAsync(Person, "abc", Write);
        await submissions.OnceAsync(Other, "abc", Write);
        await submissions.OnceAsync(Person, "def", Write);
        await submissions.OnceAsync(Person, null, Write);

        Assert.Equal(4, writes);
    }

    [Fact]
    public async Task A_refused_write_is_forgotten_so_the_corrected_form_goes_through()
    {
        var submissions = new FormSubmissions(new FakeTimeProvider());
        await Assert.ThrowsAsync<InvalidOperationException>(() => submissions.OnceAsync<string>(Person, "abc", () => throw new InvalidOperationException("refused")));

        Assert.Equal("ok", await submissions.OnceAsync(Person, "abc", () => Task.FromResult("ok")));
    }

    [Fact]
    public async Task A_submission_is_remembered_ten_minutes()
    {
        var clock = new FakeTimeProvider();
        var submissions = new FormSubmissions(clock);
        var writes = 0;
        Task<int> Write() => Task.FromResult(Interlocked.Increment(ref writes));

        await submissions.OnceAsync(Person, "abc", Write);
        clock.Advance(FormSubmissions.Remembered - TimeSpan.FromSeconds(1));
        await submissions.OnceAsync(Person, "abc", Write);
        clock.Advance(TimeSpan.FromSeconds(2));
        await submissions.OnceAsync(Person, "abc", Write);

        Assert.Equal(2, writes);
    }
}
