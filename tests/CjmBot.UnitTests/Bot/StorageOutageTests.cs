using System.Reflection;
using CjmBot.Protocol.State;
using CjmBot.Testing;
using CjmBot.Workshops;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.UnitTests.Bot;

public sealed class StorageOutageTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Message_StorageUnavailable_AsksToSendAgain()
    {
        await using var host = BotTestHost.Create(output, services => services.AddSingleton(UnreachableRepository.Create()));
        await host.Flow()
            .Send("hello")
            .AssertReply(reply =>
            {
                Assert.Contains("could not save that", reply.Text, StringComparison.Ordinal);
                Assert.Contains("send it again", reply.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("something went wrong", reply.Text, StringComparison.Ordinal);
            })
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Message_StorageUnavailableInRussian_AsksToSendAgainInRussian()
    {
        await using var host = BotTestHost.Create(output, services => services.AddSingleton(UnreachableRepository.Create()));
        await host.Flow()
            .WithLocale("ru-RU")
            .Send("привет")
            .AssertReplyContains("хранилище сейчас недоступно")
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    [Fact]
    public async Task Message_OtherFailure_KeepsGenericApology()
    {
        await using var host = BotTestHost.Create(output, services => services.AddSingleton(UnreachableRepository.Create(new InvalidOperationException("bug"))));
        await host.Flow()
            .Send("hello")
            .AssertReplyContains("something went wrong")
            .AssertNoMoreReplies()
            .StartTestAsync();
    }

    /// <summary>
    /// Storage as the Table provider reports it after its retries: every call fails. A proxy, so that members other
    /// features add to the repository fail the same way without this test knowing them.
    /// </summary>
    public class UnreachableRepository : DispatchProxy
    {
        private static readonly MethodInfo FromException = typeof(Task).GetMethods()
            .Single(method => method.Name == nameof(Task.FromException) && method.IsGenericMethodDefinition);

        private Exception _failure = new StorageUnavailableException();

        public static IWorkshopRepository Create(Exception? failure = null)
        {
            var proxy = Create<IWorkshopRepository, UnreachableRepository>();
            ((UnreachableRepository)(object)proxy)._failure = failure ?? new StorageUnavailableException("down", new HttpRequestException("Connection refused"));
            return proxy;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            var returns = targetMethod?.ReturnType ?? typeof(void);
            if (returns.IsGenericType && returns.GetGenericTypeDefinition() == typeof(Task<>))
            {
                return FromException.MakeGenericMethod(returns.GetGenericArguments()[0]).Invoke(null, [_failure]);
            }

            return returns == typeof(Task) ? Task.FromException(_failure) : throw _failure;
        }
    }
}
