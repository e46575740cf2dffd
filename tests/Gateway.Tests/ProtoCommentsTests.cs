using Mc2cm.Gateway.ApiDocs;

namespace Mc2cm.Gateway.Tests;

/// <summary>The protos' leading comments, keyed by the full names of what they describe.</summary>
public sealed class ProtoCommentsTests
{
    private const string Proto = """
        syntax = "proto3";
        // Not attached: a blank line follows.

        package demo.v1;

        // The shelves.
        service ShelvesService {
          // Gets a shelf.
          rpc GetShelf(GetShelfRequest) returns (Shelf) {
            option (google.api.http) = {get: "/v1/{name=shelves/*}"}; // braces in strings do not count
          }
        }

        // A shelf.
        message Shelf {
          // Its name.
          string name = 1 [(google.api.field_behavior) = IDENTIFIER];
          // A book on it.
          message Book {
            // Its title.
            repeated string titles = 1;
          }
          oneof place {
            // The room.
            string room = 2;
          }
          // Labels.
          map<string, string> labels = 3;
        }

        // Kinds.
        enum Kind {
          // Not set.
          KIND_UNSPECIFIED = 0;
        }
        """;

    [Fact]
    public void Comments_are_keyed_by_full_name_through_nested_and_anonymous_blocks()
    {
        var comments = new Dictionary<string, string>();

        ProtoComments.Read(Proto, comments);

        Assert.Equal(new Dictionary<string, string>
        {
            ["demo.v1.ShelvesService"] = "The shelves.",
            ["demo.v1.ShelvesService.GetShelf"] = "Gets a shelf.",
            ["demo.v1.Shelf"] = "A shelf.",
            ["demo.v1.Shelf.name"] = "Its name.",
            ["demo.v1.Shelf.Book"] = "A book on it.",
            ["demo.v1.Shelf.Book.titles"] = "Its title.",
            ["demo.v1.Shelf.room"] = "The room.",
            ["demo.v1.Shelf.labels"] = "Labels.",
            ["demo.v1.Kind"] = "Kinds.",
            ["demo.v1.Kind.KIND_UNSPECIFIED"] = "Not set.",
        }, comments);
    }
}
