# Pas à pas — Portuguese (European, as spoken by Portuguese people in France). Translated from French (locales/fr/tutorials/email-send.ftl).
# Draft: to be reviewed by a native speaker.
# Passo a passo: ler um e-mail e enviar um e-mail com um anexo. Uma frase por linha.

email-send-title = Ler e enviar um e-mail com uma foto

email-send-1-title = Abrir a caixa de entrada
email-send-1-text =
    Abra a sua caixa de e-mail no telemóvel ou num computador.
    A primeira página chama-se «Boîte de réception» (caixa de entrada).
    Mostra as mensagens que recebeu.
    A mensagem mais recente está no cimo da lista.
email-send-1-image = Um tabuleiro para arrumar o correio recebido.
email-send-1-tip = Se uma mensagem não chegar, veja na pasta «Spam» ou «Courrier indésirable» (lixo).

email-send-2-title = Ler uma mensagem
email-send-2-text =
    As mensagens ainda não lidas estão escritas a negrito, mais escuras.
    Toque numa mensagem para a abrir.
    Vê quem a enviou, o assunto e o texto.
    Para voltar à lista, toque na seta que volta atrás.
email-send-2-image = Um envelope aberto.
email-send-2-caution = Uma mensagem que pede os seus códigos ou dinheiro é muitas vezes uma burla.

email-send-3-title = Começar uma nova mensagem
email-send-3-text =
    Procure o botão para escrever uma nova mensagem.
    No Gmail, chama-se «Nouveau message» (nova mensagem).
    Noutros sites, o nome muda um pouco.
    Toque nesse botão.
    Abre-se uma página vazia para escrever.
email-send-3-image = Um envelope com um sinal mais.

email-send-4-title = Escrever o endereço e o assunto
email-send-4-text =
    Na caixa «À» (para), escreva o endereço de e-mail da pessoa.
    Na caixa «Objet» (assunto), escreva o assunto em poucas palavras.
    Por exemplo: «Ma facture d'électricité» (a minha fatura da luz).
email-send-4-image = O sinal arroba: @.
email-send-4-caution =
    Verifique o endereço letra a letra.
    Com um erro, a mensagem pode ir parar a um desconhecido.

email-send-4b-title = Escrever a mensagem
email-send-4b-text =
    Na caixa grande, escreva a sua mensagem.
    Comece com «Bonjour» (bom dia).
    Acabe com o seu nome próprio e o seu apelido.
email-send-4b-image = Um lápis a escrever.

email-send-5-title = Anexar uma foto ou um papel
email-send-5-text =
    Um anexo é uma foto ou um documento que se junta à mensagem.
    Por exemplo, a foto de um papel.
    Para anexar, toque no botão com um clipe.
    Escolha a foto nas suas imagens.
    Para experimentar aqui, toque em «Anexar um ficheiro» e escolha uma foto.
email-send-5-image =
    Um e-mail a ser escrito.
    O botão com um clipe está marcado com um círculo.
email-send-5-tip = Tire a foto com o papel deitado na mesa, com muita luz.

email-send-6-title = Enviar a mensagem
email-send-6-text =
    O nome da foto aparece na mensagem.
    Isso quer dizer que o anexo foi bem acrescentado.
    Toque no botão «Envoyer» (enviar).
    A mensagem é enviada logo.
email-send-6-image = Um avião de papel.
email-send-6-tip = Depois, encontra a mensagem na pasta das mensagens enviadas.

email-send-7-title = Muito bem!
email-send-7-text =
    Já sabe abrir e ler as suas mensagens.
    Sabe escrever uma nova mensagem.
    Sabe anexar uma foto com o clipe.
    Sabe enviar a mensagem com o botão «Envoyer» (enviar).
    Pode enviar um papel a alguém que lho peça.
email-send-7-image = Uma mão com o polegar para cima.
