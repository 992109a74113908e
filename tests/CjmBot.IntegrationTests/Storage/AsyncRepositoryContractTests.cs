using CjmBot.Workshops;
using CjmBot.Workshops.Async;
using Xunit;
using static CjmBot.IntegrationTests.Storage.WorkshopSamples;

namespace CjmBot.IntegrationTests.Storage;

/// <summary>
/// The asynchronous-contributor part of the <see cref="IWorkshopRepository"/> contract (invitations, roles, the async
/// window), run on every backend; each test gets a fresh, empty repository.
/// </summary>
public abstract class AsyncRepositoryContractTests : IAsyncLifetime
{
    protected static readonly CancellationToken None = CancellationToken.None;

    protected abstract IWorkshopRepository Repository { get; }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Invitation_SavedWithEveryField_RoundTripsAndIsFoundByPerson()
    {
        var frame = Frame("ws:async/1");
        await Repository.CreateAsync(frame, Progress(frame), None);
        var invitation = new Invitation(frame.Id, Alice, "поддержка", InvitationState.Finished, T0,
            """{"serviceUrl":"https://smba.example/emea/","conversation":{"id":"a:1dm/#?%"}}""", T0.AddHours(5));

        await Repository.SaveInvitationAsync(invitation, None);

        var read = await Repository.GetInvitationAsync(frame.Id, Alice.Id, None);
        Assert.NotNull(read);
        Assert.Equal(invitation with { InvitedAt = read.InvitedAt, FinishedAt = read.FinishedAt }, read);
        Assert.Equal(T0, read.InvitedAt);
        Assert.Equal(T0.AddHours(5), read.FinishedAt);
        Assert.Null(await Repository.GetInvitationAsync(frame.Id, Bob.Id, None));
    }

    [Fact]
    public async Task Invitation_WithoutOptionalFields_RoundTripsThemEmpty()
    {
        var frame = Frame("ws-async-2");
        await Repository.CreateAsync(frame, Progress(frame), None);

        await Repository.SaveInvitationAsync(new Invitation(frame.Id, Bob, null, InvitationState.NotInstalled, T0), None);

        var read = await Repository.GetInvitationAsync(frame.Id, Bob.Id, None);
        Assert.NotNull(read);
        Assert.Null(read.Role);
        Assert.Null(read.ChatReference);
        Assert.Null(read.FinishedAt);
        Assert.Equal(InvitationState.NotInstalled, read.State);
    }

    [Fact]
    public async Task Invitations_SavedAgain_AreReplaced_AndListedPerWorkshopInInvitationOrder()
    {
        var frame = Frame("ws-async-3");
        var other = Frame("ws-async-3b", OtherConversation);
        await Repository.CreateAsync(frame, Progress(frame), None);
        await Repository.CreateAsync(other, Progress(other), None);

        await Repository.SaveInvitationAsync(new Invitation(frame.Id, Bob, null, InvitationState.Invited, T0.AddMinutes(1)), None);
        await Repository.SaveInvitationAsync(new Invitation(frame.Id, Alice, null, InvitationState.Invited, T0), None);
        await Repository.SaveInvitationAsync(new Invitation(other.Id, Alice, null, InvitationState.Invited, T0), None);
        await Repository.SaveInvitationAsync(new Invitation(frame.Id, Bob, "sales", InvitationState.Finished, T0.AddMinutes(1)), None);

        var list = await Repository.ListInvitationsAsync(frame.Id, None);
        Assert.Equal([Alice.Id, Bob.Id], list.Select(i => i.Person.Id).ToArray());
        Assert.Equal(InvitationState.Finished, list[1].State);
        Assert.Equal("sales", list[1].Role);
        Assert.Single(await Repository.ListInvitationsAsync(other.Id, None));
    }

    [Fact]
    public async Task Roles_AreStoredUnderTheirNormalizedName_AndReplaced()
    {
        var frame = Frame("ws-async-4");
        await Repository.CreateAsync(frame, Progress(frame), None);

        await Repository.SaveRoleAsync(new RoleAssignment(frame.Id, "Support", [3, 1]), None);
        await Repository.SaveRoleAsync(new RoleAssignment(frame.Id, "продажи", [0]), None);
        await Repository.SaveRoleAsync(new RoleAssignment(frame.Id, "support", [2]), None);

        var roles = await Repository.ListRolesAsync(frame.Id, None);
        Assert.Equal(["support", "продажи"], roles.Select(r => r.Role).ToArray());
        Assert.Equal([2], roles[0].Stages);
        Assert.Equal([0], roles[1].Stages);
    }

    [Fact]
    public async Task AsyncWindow_IsAbsentUntilSaved_ThenRoundTripsAndIsReplaced()
    {
        var frame = Frame("ws-async-5");
        await Repository.CreateAsync(frame, Progress(frame), None);
        Assert.Null(await Repository.GetAsyncWindowAsync(frame.Id, None));

        await Repository.SaveAsyncWindowAsync(new AsyncWindow(frame.Id, T0.AddDays(2), Closed: false), None);
        var open = await Repository.GetAsyncWindowAsync(frame.Id, None);
        Assert.NotNull(open);
        Assert.Equal(T0.AddDays(2), open.Deadline);
        Assert.False(open.Closed);

        await Repository.SaveAsyncWindowAsync(open with { Closed = true }, None);
        Assert.True((await Repository.GetAsyncWindowAsync(frame.Id, None))!.Closed);
    }

    [Fact]
    public async Task AsyncRows_InTheWorkshopPartition_LeaveLoadingTheWorkshopUnchanged()
    {
        var frame = Frame("ws-async-6");
        await Repository.CreateAsync(frame, Progress(frame), None);
        await Repository.AddContributionAsync(Answer(frame.Id, "a:1dm|f:1", Alice, "Ответ из личного чата", T0), None);
        await Repository.SaveInvitationAsync(new Invitation(frame.Id, Alice, null, InvitationState.Invited, T0), None);
        await Repository.SaveRoleAsync(new RoleAssignment(frame.Id, "support", [1]), None);
        await Repository.SaveAsyncWindowAsync(new AsyncWindow(frame.Id, null, Closed: false), None);

        var workshop = await Repository.LoadAsync(frame.Id, None);
        Assert.NotNull(workshop);
        Assert.Equal("Ответ из личного чата", Assert.Single(workshop.Answers).Text);
        Assert.Empty(workshop.Insights);
    }
}

public sealed class InMemoryAsyncRepositoryTests : AsyncRepositoryContractTests
{
    protected override IWorkshopRepository Repository { get; } = new InMemoryWorkshopRepository();
}
