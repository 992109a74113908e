using System.Security.Cryptography;
using System.Text;

namespace CjmBot.Application.Requests;

/// <summary>
/// Workshop ids are derived from the operation that creates the workshop: the same start delivered twice names the same
/// workshop, and the store creates it once. Short, unguessable without the activity, and safe in every key: <c>w</c> and
/// 12 lowercase base-32 characters.
/// </summary>
public static class WorkshopIds
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    public static string For(string operationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(operationId);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(operationId), hash);
        Span<char> id = stackalloc char[13];
        id[0] = 'w';
        for (var i = 1; i < id.Length; i++)
        {
            id[i] = Alphabet[hash[i] % Alphabet.Length];
        }

        return new string(id);
    }
}
