# Pas à pas — Portuguese (European, as spoken by Portuguese people in France). Translated from French (locales/fr/tutorials/internet.ftl).
# Draft: to be reviewed by a native speaker.
# Passo a passo: a internet e os sites. Uma frase por linha.

internet-title = A internet e os sites

internet-1-title = Abrir o navegador
internet-1-text =
    Para ir à internet, usa um navegador.
    O navegador é o programa que abre os sites da internet.
    Chama-se, por exemplo, Chrome, Firefox, Safari ou Edge.
    Num telemóvel, toque na pequena imagem dele para o abrir.
internet-1-image = Uma janela de um navegador de internet.
internet-1-tip = Muitas vezes, o navegador já está instalado no seu telemóvel.

internet-2-title = Escrever o endereço de um site
internet-2-text =
    No cimo do ecrã, há uma caixa comprida.
    É a barra de endereço.
    Toque nessa caixa.
    Escreva o endereço do site, por exemplo impots.gouv.fr.
    Toque na tecla que confirma, em baixo no teclado.
internet-2-image = Um globo com as letras www.
internet-2-tip = Em alguns telemóveis, a barra de endereço está em baixo no ecrã.

internet-3-title = Reconhecer um site do Estado
internet-3-text =
    Veja o fim do nome do site, na barra de endereço.
    Os sites do Estado francês acabam em .gouv.fr.
    Por exemplo: impots.gouv.fr ou ants.gouv.fr.
    Um site que acaba em .gouv.fr é mesmo do Estado.
internet-3-image = Um globo com um visto.
internet-3-caution = Um site falso pode ter «gouv» no meio do nome.

internet-4-title = Conhecer outros sites oficiais
internet-4-text =
    Alguns serviços públicos têm um endereço que acaba só em .fr.
    Estes sites também são oficiais.
    Para a Assurance Maladie (seguro de saúde): ameli.fr.
    Para os abonos de família: caf.fr.
    Para o emprego: francetravail.fr.
internet-4-image = Edifícios públicos.
internet-4-tip = Escreva estes endereços num papel para os encontrar facilmente.

internet-5-title = Ver o cadeado
internet-5-text =
    Ao lado do endereço, procure um pequeno cadeado.
    O cadeado quer dizer que o que envia vai escondido pelo caminho.
    Ninguém o pode ler durante o caminho.
    Se vir «Non sécurisé» (não seguro), não escreva nada nesse site.
internet-5-image =
    O cimo de uma página da internet.
    O pequeno cadeado, no início do endereço, está marcado com um círculo.
internet-5-tip = Em alguns navegadores, um pequeno desenho de definições aparece no lugar do cadeado.

internet-6-title = Desconfiar, mesmo com cadeado
internet-6-text =
    Os sites falsos também têm muitas vezes um cadeado.
    O cadeado não diz se o site é honesto.
    Verifique sempre o nome do site na barra de endereço.
    Para um serviço público, escreva por si o endereço do site.
internet-6-image = Um cadeado com um ponto de exclamação.
internet-6-caution =
    Um SMS é uma mensagem escrita recebida no telemóvel.
    Um link recebido por SMS pode abrir um site falso.

internet-7-title = Muito bem!
internet-7-text =
    Já sabe escrever o endereço de um site.
    Um site do Estado acaba em .gouv.fr.
    Também conhece ameli.fr, caf.fr e francetravail.fr.
    O cadeado esconde pelo caminho o que envia.
    Não diz se o site é honesto.
internet-7-image = Uma mão com o polegar para cima.
